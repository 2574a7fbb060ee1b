import { afterAll, describe, expect, it, vi } from 'vitest';

type Listener = (
  message: unknown,
  sender: { id?: string; tab?: object },
  respond: (reply: unknown) => void,
) => unknown;
const listeners: Listener[] = [];
vi.stubGlobal('chrome', {
  runtime: {
    id: 'worthy',
    onMessage: {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    },
  },
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const { answerTabMessages } = await import('../../src/content/tab-messages');

/** What the listener answered through `sendResponse`, or undefined when it stayed silent. */
function ask(l: Listener, message: unknown, sender: { id?: string; tab?: object }): unknown {
  let reply: unknown;
  l(message, sender, (r) => {
    reply = r;
  });
  return reply;
}

describe('what the worker and the popup ask this tab', () => {
  const deps = { toggleCard: vi.fn(() => true), pageReport: vi.fn(() => 'report') };

  it('answers the shortcut and the page diagnostics from Worthy itself', () => {
    const stop = answerTabMessages(deps);
    const l = listeners[0]!;
    expect(ask(l, { type: 'toggle-card' }, { id: 'worthy' })).toEqual({ ok: true });
    expect(ask(l, { type: 'page-report' }, { id: 'worthy' })).toEqual({
      ok: true,
      report: 'report',
    });
    stop();
    expect(listeners).toHaveLength(0);
  });

  it('ignores other extensions, content scripts (a sender with a tab) and unknown requests', () => {
    const stop = answerTabMessages(deps);
    const l = listeners[0]!;
    deps.toggleCard.mockClear();
    expect(ask(l, { type: 'toggle-card' }, { id: 'other' })).toBeUndefined();
    expect(ask(l, { type: 'toggle-card' }, { id: 'worthy', tab: { id: 1 } })).toBeUndefined();
    expect(ask(l, { type: 'score-draft' }, { id: 'worthy' })).toBeUndefined();
    expect(deps.toggleCard).not.toHaveBeenCalled();
    stop();
  });
});
