// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** What overlay/trusted.ts answers: jsdom's events are never trusted, a browser user's are. */
const env = vi.hoisted(() => ({ trusted: true }));
vi.mock('../../src/overlay/trusted', () => ({ isUserEvent: () => env.trusted }));

import { Badge } from '../../src/overlay/Badge';
import type { BadgeModel } from '../../src/overlay/model';
import { Panel } from '../../src/overlay/Panel';
import type { Box } from '../../src/overlay/position';
import { WarningDialog } from '../../src/overlay/WarningDialog';
import { makeVerdict, signalOn } from './verdict-fixture';

const box: Box = {
  top: 600,
  left: 100,
  right: 700,
  bottom: 660,
  width: 600,
  height: 60,
  vw: 1000,
  vh: 700,
};
const anchor = document.createElement('form');

afterEach(cleanup);
beforeEach(() => {
  env.trusted = true;
});

const badgeProps = {
  box,
  expanded: false,
  panelId: 'p',
  onToggle: () => {},
  buttonRef: { current: null },
};

function model(over: Partial<BadgeModel> = {}): BadgeModel {
  return { anchor, state: 'ready', verdict: makeVerdict(), draft: 'hi', gate: 'hold', ...over };
}

describe('Badge', () => {
  it('is a button named "Worthy: …" carrying the verdict and state', () => {
    render(
      <Badge
        model={model()}
        box={box}
        expanded={false}
        panelId="p"
        onToggle={() => {}}
        buttonRef={{ current: null }}
      />,
    );
    const b = screen.getByRole('button', { name: /^Worthy: hold/ });
    // The visible "Hold <score>" is part of the name (WCAG 2.5.3, see tests/e2e/scenarios-a11y.mjs).
    expect(b.getAttribute('aria-label')).toMatch(
      /^Worthy: hold \d+ — score of 100, spam risk 72%, relevance 10%\. Open guidance$/,
    );
    expect(b.dataset.verdict).toBe('hold');
    expect(b.dataset.state).toBe('ready');
    expect(b.tabIndex).toBe(0);
    expect(b.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows pending and error states', () => {
    const { rerender } = render(
      <Badge
        model={model({ state: 'pending', verdict: null })}
        box={box}
        expanded={false}
        panelId="p"
        onToggle={() => {}}
        buttonRef={{ current: null }}
      />,
    );
    expect(screen.getByRole('button').dataset.state).toBe('pending');
    expect(screen.getByRole('button').hasAttribute('data-verdict')).toBe(false);
    rerender(
      <Badge
        model={model({ state: 'error', verdict: null })}
        box={box}
        expanded={false}
        panelId="p"
        onToggle={() => {}}
        buttonRef={{ current: null }}
      />,
    );
    expect(
      screen.getByRole('button', { name: /^Worthy: guidance unavailable/ }).dataset.state,
    ).toBe('error');
  });

  it('toggles on click without taking focus on mousedown', () => {
    const onToggle = vi.fn();
    render(
      <Badge
        model={model()}
        box={box}
        expanded={false}
        panelId="p"
        onToggle={onToggle}
        buttonRef={{ current: null }}
      />,
    );
    const b = screen.getByRole('button');
    expect(fireEvent.mouseDown(b)).toBe(false); // default prevented: X's editor keeps focus
    fireEvent.click(b);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});

describe('Panel', () => {
  it('shows meters, context, grouped signals, interests, suggestions and skipped checks', () => {
    const draft = 'Buy now!';
    const v = makeVerdict({
      context: {
        kind: 'customer-initiated',
        openQuestion: { text: 'Do you ship to Spain?', index: 0 },
        theirMessages: 1,
        myMessages: 0,
      },
      signals: [
        signalOn(draft, ['Buy now'], { id: 'pushy', message: 'Pushy call to action' }),
        {
          id: 'answers',
          axis: 'relevance',
          severity: 'good',
          weight: 10,
          message: 'Answers their question',
          evidence: [],
        },
      ],
      interests: [
        { label: 'cycling', source: 'bio', quote: 'I ride bikes', weight: 0.8, touched: true },
      ],
      suggestions: [{ id: 's1', text: 'Answer their question first', signals: ['pushy'] }],
      skipped: [{ id: 'en-lists', reason: 'English word lists skipped: draft looks like Spanish' }],
    });
    render(<Panel id="p" model={model({ verdict: v, draft })} box={box} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: /Worthy: Hold/ });
    expect(dialog).toBeTruthy();
    // Native <meter> (testing-library's role table does not know its implicit role yet).
    const meter = (kind: string) =>
      document.querySelector<HTMLMeterElement>(`meter[data-worthy="meter-${kind}"]`)!;
    const labelOf = (m: HTMLElement) =>
      document.getElementById(m.getAttribute('aria-labelledby')!)?.textContent;
    expect([labelOf(meter('relevance')), meter('relevance').value]).toEqual(['Relevance', 10]);
    expect([labelOf(meter('spam')), meter('spam').value]).toEqual(['Spam risk', 72]);
    expect(meter('spam').getAttribute('aria-valuetext')).toBe('72%');
    expect(dialog.textContent).toContain('They started this conversation');
    expect(dialog.textContent).toContain('Do you ship to Spain?');
    expect(screen.getByRole('region', { name: 'What hurts' }).textContent).toContain(
      'Pushy call to action',
    );
    expect(screen.getByRole('region', { name: 'What helps' }).textContent).toContain(
      'Answers their question',
    );
    expect(dialog.textContent).toContain('I ride bikes');
    expect(dialog.textContent).toContain('your draft touches this');
    expect(dialog.textContent).toContain('Answer their question first');
    expect(dialog.textContent).toContain('English word lists skipped: draft looks like Spanish');
  });

  it('highlights evidence at the right UTF-16 ranges with emoji and RTL text', () => {
    const draft = '👋🏽 مرحبا! اشتر الآن 🔥 bit.ly/deal';
    const v = makeVerdict({ signals: [signalOn(draft, ['اشتر الآن', 'bit.ly/deal'])] });
    render(<Panel id="p" model={model({ verdict: v, draft })} box={box} onClose={() => {}} />);
    const marks = Array.from(document.querySelectorAll('mark'));
    expect(marks.map((m) => m.firstChild?.textContent)).toEqual(['اشتر الآن', 'bit.ly/deal']);
    expect(marks.map((m) => Number(m.dataset.start))).toEqual([
      draft.indexOf('اشتر'),
      draft.indexOf('bit.ly'),
    ]);
    const p = document.querySelector('[data-worthy="draft"]')!;
    expect(p.getAttribute('dir')).toBe('auto');
  });

  it('renders untrusted bio, quote and draft text as text, never as markup', () => {
    const evil = '<script>window.__pwned = 1</script><img src=x onerror=alert(1)>';
    const v = makeVerdict({
      interests: [{ label: evil, source: 'bio', quote: evil, weight: 1, touched: false }],
      signals: [signalOn(evil, ['<script>'], { quotes: [{ source: 'bio', text: evil }] })],
      context: {
        kind: 'ongoing',
        openQuestion: { text: evil, index: 0 },
        theirMessages: 1,
        myMessages: 1,
      },
    });
    render(
      <Panel id="p" model={model({ verdict: v, draft: evil })} box={box} onClose={() => {}} />,
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('script, img')).toBeNull();
    expect(dialog.textContent).toContain('<script>window.__pwned = 1</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    render(<Panel id="p" model={model()} box={box} onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('WarningDialog', () => {
  const v = makeVerdict({
    signals: [signalOn('buy now', ['buy now'], { message: 'Pushy call to action' })],
  });

  it('is a modal alertdialog with the reasons, focus on "Edit message"', () => {
    render(<WarningDialog model={{ verdict: v, gate: 'hold', choose: () => {} }} />);
    const d = screen.getByRole('alertdialog');
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(d.textContent).toContain('Pushy call to action');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit message' }));
    expect(screen.getByRole('button', { name: 'Send anyway' })).toBeTruthy();
  });

  it('Escape means Edit; a double click sends once', () => {
    const choose = vi.fn();
    const { unmount } = render(<WarningDialog model={{ verdict: v, gate: 'hold', choose }} />);
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(choose).toHaveBeenCalledWith('edit');
    unmount();
    choose.mockReset();
    render(<WarningDialog model={{ verdict: v, gate: 'hold', choose }} />);
    const send = screen.getByRole('button', { name: 'Send anyway' });
    fireEvent.click(send);
    fireEvent.click(send);
    expect(choose).toHaveBeenCalledTimes(1);
    expect(choose).toHaveBeenCalledWith('send');
  });

  it("keeps Tab inside and cancels Enter so it cannot reach X's editor", () => {
    const choose = vi.fn();
    render(<WarningDialog model={{ verdict: v, gate: 'hold', choose }} />);
    const edit = screen.getByRole('button', { name: 'Edit message' });
    fireEvent.keyDown(edit, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Send anyway' }));
    const notCancelled = fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(notCancelled).toBe(false);
    expect(choose).toHaveBeenCalledWith('send');
  });

  it('"Send anyway" does nothing on a click or key a page script made', () => {
    const choose = vi.fn();
    render(<WarningDialog model={{ verdict: v, gate: 'hold', choose }} />);
    env.trusted = false;
    const send = screen.getByRole('button', { name: 'Send anyway' });
    fireEvent.click(send);
    send.focus();
    fireEvent.keyDown(send, { key: 'Enter' });
    expect(choose).not.toHaveBeenCalled();
    // The safe choice still works from anywhere: it only keeps the draft.
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(choose).toHaveBeenCalledWith('edit');
  });
});

describe('Panel: "Turn Worthy off for this conversation"', () => {
  it("acts on the user's click only, never on one a page script made", () => {
    const mute = vi.fn();
    const onClose = vi.fn();
    render(<Panel id="p" model={model({ mute })} box={box} onClose={onClose} />);
    const button = screen.getByRole('button', { name: 'Turn Worthy off for this conversation' });
    env.trusted = false;
    fireEvent.click(button);
    expect(mute).not.toHaveBeenCalled();
    env.trusted = true;
    fireEvent.click(button);
    expect(mute).toHaveBeenCalledTimes(1);
  });
});

describe('Badge: what the gate is doing', () => {
  it('says "Checking…" while a send waits for its verdict', () => {
    render(<Badge model={model({ status: 'checking' })} {...badgeProps} />);
    const b = screen.getByRole('button', { name: /^Worthy: checking your message/ });
    expect(b.dataset.status).toBe('checking');
    expect(b.textContent).toContain('Checking…');
    // The old verdict is not shown as if it were this draft's.
    expect(b.dataset.verdict).toBeUndefined();
  });

  it('says "Sent unchecked" after the gate let a send through without a verdict', () => {
    render(<Badge model={model({ status: 'unchecked', verdict: null })} {...badgeProps} />);
    const b = screen.getByRole('button', { name: /^Worthy: your last message went out unchecked/ });
    expect(b.textContent).toContain('Sent unchecked');
  });
});
