// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, test, vi } from 'vitest';
import { Badge } from '../../src/overlay/Badge';
import { badgeWords } from '../../src/overlay/badge-words';
import { Card } from '../../src/overlay/Card';
import type { BadgeModel, BadgeState } from '../../src/overlay/model';
import type { CardPlace } from '../../src/overlay/placement';
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
