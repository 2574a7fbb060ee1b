// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, test, vi } from 'vitest';
import { Badge } from '../../src/overlay/Badge';
import { badgeWords } from '../../src/overlay/badge-words';
import { Card } from '../../src/overlay/Card';
import type { BadgeModel, BadgeState, WarningModel } from '../../src/overlay/model';
import type { CardPlace } from '../../src/overlay/placement';
import { WarningDialog } from '../../src/overlay/WarningDialog';
import { makeVerdict, signalOn } from './verdict-fixture';

// jsdom's events are never trusted; the browser marks a user's own clicks and keys as trusted.
// The rule that only those may "Send anyway" is tested in tests/content/gate.test.ts.
vi.mock('../../src/overlay/trusted', () => ({ isUserEvent: () => true }));

const anchor = document.createElement('form');
const place: CardPlace = { left: 20, bottom: 10, width: 360, maxHeight: 500, beside: true };

afterEach(cleanup);

function model(over: Partial<BadgeModel> = {}): BadgeModel {
  return { anchor, state: 'ready', verdict: makeVerdict(), draft: 'hi', gate: 'hold', ...over };
}

function renderBadge(m: BadgeModel, onToggle = () => {}) {
  return render(
    <Badge
      model={m}
      place={{ left: 10, top: 20, right: 150, bottom: 46, compact: false }}
      expanded={false}
      cardId="c"
      onToggle={onToggle}
      buttonRef={{ current: null }}
      statusRef={{ current: null }}
    />,
  );
}

describe('Badge', () => {
  it('reads as a status in Worthy’s words, with the score, inside its accessible name', () => {
    renderBadge(model());
    const b = screen.getByRole('button', { name: /^Worthy: Not worth sending · 28\./ });
    expect(b.getAttribute('aria-label')).toBe(
      'Worthy: Not worth sending · 28. Spam risk 72%, relevance 10%. Open guidance',
    );
    expect(b.textContent).toBe('Not worth sending · 28');
    expect([b.dataset.verdict, b.dataset.state, b.tabIndex]).toEqual(['hold', 'ready', 0]);
    expect(b.style.left).toBe('10px');
  });

  test.each<[BadgeState, string]>([
    ['checking', 'Checking…'],
    ['unchecked', 'Sent unchecked'],
    ['paused', 'Paused here'],
    ['error', 'Guidance unavailable'],
  ])('in state %s says “%s” and names no verdict', (state, text) => {
    const w = badgeWords({ state, verdict: state === 'error' ? null : makeVerdict() });
    expect([w.status, w.score, w.tone]).toEqual([text, null, 'neutral']);
    expect(w.label.startsWith('Worthy: ')).toBe(true);
    expect(w.label.toLowerCase()).toContain(text.toLowerCase());
  });

  it('never says the word Send, whatever the verdict or state', () => {
    for (const verdict of ['send', 'revise', 'hold'] as const)
      for (const state of ['pending', 'ready', 'checking', 'unchecked', 'error', 'paused'] as const)
        expect(badgeWords({ state, verdict: makeVerdict({ verdict }) }).status).not.toMatch(
          /\bSend\b/,
        );
  });

  it('keeps showing the last verdict while the next draft is scored, and says so', () => {
    const w = badgeWords({
      state: 'pending',
      verdict: makeVerdict({ verdict: 'send', score: 81 }),
    });
    expect([w.status, w.score, w.tone]).toEqual(['Worth sending', 81, 'good']);
    expect(w.label).toContain('updating');
  });

  it('toggles on click without taking focus on mousedown', () => {
    const onToggle = vi.fn();
    renderBadge(model(), onToggle);
    const b = screen.getByRole('button');
    expect(fireEvent.mouseDown(b)).toBe(false); // default prevented: X's editor keeps focus
    fireEvent.click(b);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});

function renderCard(m: BadgeModel, over: Partial<Parameters<typeof Card>[0]> = {}) {
  const props = {
    id: 'card',
    model: m,
    place,
    details: false,
    takeFocus: true,
    onToggleDetails: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
  return { ...render(<Card {...props} />), props };
}

describe('Card', () => {
  const draft = 'Buy now!! 50% off at bit.ly/x';
  const v = makeVerdict({
    signals: [
      signalOn(draft, ['Buy now'], { id: 'call-to-action', message: 'Tells them what to do.' }),
      signalOn(draft, ['50% off'], { id: 'promo-discount', severity: 'medium', weight: 10 }),
      signalOn(draft, ['bit.ly/x'], { id: 'link-shortener', severity: 'low', weight: 5 }),
    ],
    suggestions: [{ id: 's', text: 'Lead with why you write to them.', signals: [] }],
  });

  it('opens compact: verdict, who it is for, two reasons and one fix; the ledger stays closed', () => {
    renderCard(model({ verdict: v, draft, recipient: { name: 'Alice Runner', handle: 'alice' } }));
    const d = screen.getByRole('dialog', { name: /^Worthy · To Alice Runner Not worth sending/ });
    expect(document.activeElement).toBe(d);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(d.textContent).toContain('Lead with why you write to them.');
    expect(screen.queryByRole('meter')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Details' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('expands the full ledger under Details', () => {
    const { props } = renderCard(model({ verdict: v, draft }), { details: true });
    expect(screen.getByRole('button', { name: 'Hide details' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(screen.getAllByRole('meter')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'What hurts' }).textContent).toContain(
      'Tells them what to do.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hide details' }));
    expect(props.onToggleDetails).toHaveBeenCalledTimes(1);
  });

  it('offers to turn Worthy off here, and closes after', () => {
    const mute = vi.fn();
    const { props } = renderCard(model({ verdict: v, draft, mute }));
    fireEvent.click(screen.getByRole('button', { name: 'Turn off for this conversation' }));
    expect(mute).toHaveBeenCalledTimes(1);
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  test.each<[BadgeState, RegExp]>([
    ['paused', /Worthy is off here/],
    ['error', /could not check this draft/],
    ['unchecked', /went out without a check/],
    ['checking', /Checking your draft/],
  ])('without a verdict (%s) explains the state', (state, text) => {
    renderCard(model({ state, verdict: null }));
    expect(screen.getByRole('dialog').textContent).toMatch(text);
    expect(screen.queryByRole('button', { name: 'Details' })).toBeNull();
  });

  it('closes on Escape and does not take focus when opened from the warning', () => {
    const { props } = renderCard(model(), { takeFocus: false });
    expect(document.activeElement).not.toBe(screen.getByRole('dialog'));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('renders the untrusted recipient name as text', () => {
    renderCard(model({ recipient: { name: '<img src=x onerror=alert(1)>' } }));
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('dialog').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('WarningDialog', () => {
  const draft = 'Claim your ETH airdrop, free eth today';
  const v = makeVerdict({
    signals: [
      signalOn(draft, ['ETH', 'airdrop', 'eth'], { id: 'crypto-investment-pitch' }),
      signalOn(draft, ['today'], { id: 'urgency-scarcity', severity: 'medium', weight: 20 }),
    ],
    suggestions: [{ id: 's', text: 'Do not open with an investment offer.', signals: [] }],
  });
  const warning = (over: Partial<WarningModel> = {}): WarningModel => ({
    verdict: v,
    gate: 'hold',
    draft,
    recipient: { name: 'Alice Runner', handle: 'alice' },
    choose: vi.fn(),
    ...over,
  });

  it('names the person, says the verdict as the badge does, quotes each word once, gives the fix', () => {
    render(<WarningDialog model={warning()} onDetails={() => {}} />);
    const d = screen.getByRole('alertdialog', { name: 'Worthy held your message to Alice Runner' });
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(d.textContent).toContain('Not worth sending');
    expect([...d.querySelectorAll('q')].map((q) => q.textContent)).toEqual([
      'ETH airdrop',
      'today',
    ]);
    expect(d.textContent).toContain('Do not open with an investment offer.');
    expect(d.textContent).not.toMatch(/and …/);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit message' }));
  });

  it('falls back to @handle, then to no name', () => {
    const { unmount } = render(
      <WarningDialog model={warning({ recipient: { handle: 'bob' } })} onDetails={() => {}} />,
    );
    expect(
      screen.getByRole('alertdialog', { name: 'Worthy held your message to @bob' }),
    ).toBeTruthy();
    unmount();
    render(<WarningDialog model={warning({ recipient: undefined })} onDetails={() => {}} />);
    expect(screen.getByRole('alertdialog', { name: 'Worthy held this message' })).toBeTruthy();
  });

  it('Escape means Edit; a double click sends once', () => {
    const m = warning();
    const { unmount } = render(<WarningDialog model={m} onDetails={() => {}} />);
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(m.choose).toHaveBeenCalledWith('edit');
    unmount();
    const again = warning();
    render(<WarningDialog model={again} onDetails={() => {}} />);
    const send = screen.getByRole('button', { name: 'Send anyway' });
    fireEvent.click(send);
    fireEvent.click(send);
    expect(again.choose).toHaveBeenCalledTimes(1);
    expect(again.choose).toHaveBeenCalledWith('send');
  });

  it('"Show details" keeps the draft (Edit) and asks for the ledger', () => {
    const m = warning();
    const onDetails = vi.fn();
    render(<WarningDialog model={m} onDetails={onDetails} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show details' }));
    expect(m.choose).toHaveBeenCalledWith('edit');
    expect(onDetails).toHaveBeenCalledTimes(1);
  });

  it("cycles Tab through its three buttons and cancels Enter so it cannot reach X's editor", () => {
    const m = warning();
    render(<WarningDialog model={m} onDetails={() => {}} />);
    const names = () => (document.activeElement as HTMLElement).textContent;
    const seen: (string | null)[] = [];
    for (const shiftKey of [false, false, false, true]) {
      fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey });
      seen.push(names());
    }
    expect(seen).toEqual(['Send anyway', 'Show details', 'Edit message', 'Show details']);
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    const notCancelled = fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(notCancelled).toBe(false);
    expect(m.choose).toHaveBeenCalledWith('send');
  });
});
