import { describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string; tab?: object }) => unknown;
const listeners: Listener[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'worthy',
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
  },
}));

const { answerTabMessages } = await import('../../src/content/tab-messages');

describe('what the worker and the popup ask this tab', () => {
  const deps = { toggleCard: vi.fn(() => true), pageReport: vi.fn(() => 'report') };

  it('answers the shortcut and the page diagnostics from Worthy itself', async () => {
    const stop = answerTabMessages(deps);
    const l = listeners[0]!;
    expect(await l({ type: 'toggle-card' }, { id: 'worthy' })).toEqual({ ok: true });
    expect(await l({ type: 'page-report' }, { id: 'worthy' })).toEqual({
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
    expect(l({ type: 'toggle-card' }, { id: 'other' })).toBeUndefined();
    expect(l({ type: 'toggle-card' }, { id: 'worthy', tab: { id: 1 } })).toBeUndefined();
    expect(l({ type: 'score-draft' }, { id: 'worthy' })).toBeUndefined();
    expect(deps.toggleCard).not.toHaveBeenCalled();
    stop();
  });
});
