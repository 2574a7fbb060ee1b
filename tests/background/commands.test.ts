import { describe, expect, it, vi } from 'vitest';
import { onCommand } from '../../src/background/commands';
import { isTabMessage } from '../../src/shared/tab-messages';

describe('the keyboard shortcut in the worker', () => {
  it('tells the tab in front to open or close the card', () => {
    const send = vi.fn().mockResolvedValue({ ok: true });
    onCommand(send)('toggle-card', { id: 7 });
    expect(send).toHaveBeenCalledWith(7, { type: 'toggle-card' });
  });

  it('ignores other commands and tabs without an id', () => {
    const send = vi.fn().mockResolvedValue({ ok: true });
    const handle = onCommand(send);
    handle('something-else', { id: 7 });
    handle('toggle-card', undefined);
    handle('toggle-card', { id: -1 });
    expect(send).not.toHaveBeenCalled();
  });

  it('a tab without Worthy (no content script) is not an error', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(() => onCommand(send)('toggle-card', { id: 3 })).not.toThrow();
    await Promise.resolve();
  });
});

describe('messages to the tab', () => {
  it('only the two known requests, with nothing else in them', () => {
    expect(isTabMessage({ type: 'toggle-card' })).toBe(true);
    expect(isTabMessage({ type: 'page-report' })).toBe(true);
    expect(isTabMessage({ type: 'page-report', selector: '*' })).toBe(false);
    expect(isTabMessage({ type: 'score-draft' })).toBe(false);
    expect(isTabMessage(null)).toBe(false);
    expect(isTabMessage('toggle-card')).toBe(false);
  });
});
