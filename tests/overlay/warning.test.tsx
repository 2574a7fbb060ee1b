// @vitest-environment jsdom
/**
 * The pre-send warning (src/overlay/warning.ts), plain DOM in the always-loaded script, and its
 * summary parts (summary-dom.ts), which must read exactly as the Preact ones the card shows.
 */
import { render as renderPreact } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builder } from '../../src/overlay/dom';
import type { WarningModel } from '../../src/overlay/model';
import { fixLine, reasonList, verdictChip } from '../../src/overlay/summary-dom';
import { showWarning } from '../../src/overlay/warning';
import { msg } from '../../src/shared/i18n';
import { Fix } from '../../src/ui/Fix';
import { ReasonList } from '../../src/ui/ReasonList';
import { topReasons } from '../../src/ui/signals';
import { VerdictChip } from '../../src/ui/VerdictChip';
import { makeVerdict, signalOn } from './verdict-fixture';

// jsdom's events are never trusted; the browser marks a user's own clicks and keys as trusted.
// The rule that only those may "Send anyway" is tested in tests/content/gate.test.ts.
vi.mock('../../src/overlay/trusted', () => ({ isUserEvent: () => true }));

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

let removers: (() => void)[] = [];
function show(m: WarningModel, onDetails = () => {}) {
  const root = document.createElement('div');
  document.body.append(root);
  removers.push(showWarning(root, m, onDetails), () => root.remove());
  return root;
}
afterEach(() => {
  for (const r of removers) r();
  removers = [];
});

const dialog = (root: HTMLElement) => root.querySelector<HTMLElement>('[role="alertdialog"]')!;
const title = (root: HTMLElement) => root.querySelector('h2')!.textContent;
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
const key = (el: Element, k: string, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }),
  );

describe('the pre-send warning', () => {
  it('names the person, says the verdict as the badge does, quotes each word once, gives the fix', () => {
    const root = show(warning());
    const d = dialog(root);
    expect(title(root)).toBe('Worthy held your message to Alice Runner');
    expect(d.getAttribute('aria-labelledby')).toBe('worthy-warning-title');
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(d.textContent).toContain('Not worth sending');
    expect([...d.querySelectorAll('q')].map((q) => q.textContent)).toEqual([
      'ETH airdrop',
      'today',
    ]);
    expect(d.textContent).toContain('Do not open with an investment offer.');
    expect(document.activeElement).toBe(button(root, 'Edit message'));
  });

  it('renders untrusted names as text', () => {
    const root = show(warning({ recipient: { name: '<img src=x onerror=alert(1)>' } }));
    expect(root.querySelector('img')).toBeNull();
    expect(title(root)).toContain('<img src=x');
  });

  it('falls back to @handle, then to no name', () => {
    expect(title(show(warning({ recipient: { handle: 'bob' } })))).toBe(
      'Worthy held your message to @bob',
    );
    expect(title(show(warning({ recipient: undefined })))).toBe('Worthy held this message');
  });

  it('Escape means Edit; a double click sends once', () => {
    const m = warning();
    key(dialog(show(m)), 'Escape');
    expect(m.choose).toHaveBeenCalledWith('edit');
    const again = warning();
    const send = button(show(again), 'Send anyway');
    send.click();
    send.click();
    expect(again.choose).toHaveBeenCalledTimes(1);
    expect(again.choose).toHaveBeenCalledWith('send');
    expect(send.disabled).toBe(true);
  });

  it('"Show details" keeps the draft (Edit) and asks for the ledger', () => {
    const m = warning();
    const onDetails = vi.fn();
    button(show(m, onDetails), 'Show details').click();
    expect(m.choose).toHaveBeenCalledWith('edit');
    expect(onDetails).toHaveBeenCalledTimes(1);
  });

  it("cycles Tab through its three buttons and cancels Enter so it cannot reach X's editor", () => {
    const m = warning();
    show(m);
    const seen: (string | null)[] = [];
    for (const shiftKey of [false, false, false, true]) {
      key(document.activeElement!, 'Tab', { shiftKey });
      seen.push(document.activeElement!.textContent);
    }
    expect(seen).toEqual(['Send anyway', 'Show details', 'Edit message', 'Show details']);
    key(document.activeElement!, 'Tab', { shiftKey: true });
    expect(key(document.activeElement!, 'Enter')).toBe(false);
    expect(m.choose).toHaveBeenCalledWith('send');
  });

  it('removes itself when told to', () => {
    const root = document.createElement('div');
    const remove = showWarning(root, warning(), () => {});
    expect(root.children).toHaveLength(1);
    remove();
    expect(root.children).toHaveLength(0);
  });
});

describe('summary parts in plain DOM', () => {
  const preact = (vnode: preact.VNode) => {
    const box = document.createElement('div');
    renderPreact(vnode, box);
    return box.innerHTML;
  };
  const h = builder(document);
  const reasons = topReasons(v, draft, msg, 3);

  it('write the same markup as the Preact components of the card', () => {
    expect(verdictChip(h, 'hold', 28).outerHTML).toBe(
      preact(<VerdictChip verdict="hold" score={28} />),
    );
    expect(reasonList(h, reasons)?.outerHTML).toBe(preact(<ReasonList reasons={reasons} />));
    expect(fixLine(h, 'Ask one question.').outerHTML).toBe(
      preact(<Fix text="Ask one question." />),
    );
    expect(reasonList(h, [])).toBeNull();
  });
});
