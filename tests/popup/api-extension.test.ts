import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
const query = vi.fn();
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { sendMessage }, tabs: { query } },
}));

const { extensionApi } = await import('../../src/popup/api-extension');
const { isXUrl } = await import('../../src/popup/api');
const { DEFAULT_SETTINGS } = await import('../../src/shared/settings');

type Listener = (changes: Record<string, unknown>) => void;

afterEach(() => {
  vi.useRealTimers();
  sendMessage.mockReset();
  query.mockReset();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('extensionApi', () => {
  beforeEach(() => {
    sendMessage.mockResolvedValue({ ok: true, data: DEFAULT_SETTINGS });
  });

  it('sends protocol requests and checks the replies', async () => {
    const api = extensionApi();
    expect(await api.getSettings()).toEqual({ ok: true, data: DEFAULT_SETTINGS });
    expect(sendMessage).toHaveBeenLastCalledWith({ type: 'get-settings' });
    await api.deleteRecipient('dana');
    expect(sendMessage).toHaveBeenLastCalledWith({ type: 'delete-recipient', handle: 'dana' });
    sendMessage.mockResolvedValueOnce({ ok: true, data: null });
    expect(await api.getTabState(7)).toEqual({ ok: true, data: null });
    expect(sendMessage).toHaveBeenLastCalledWith({ type: 'get-tab-state', tabId: 7 });
    sendMessage.mockResolvedValueOnce({ ok: true, data: { draft: 1 } });
    const bad = await api.getTabState(7);
    expect(bad.ok).toBe(false);
    sendMessage.mockResolvedValueOnce({ ok: false, error: 'nope' });
    expect(await api.deleteAll()).toEqual({ ok: false, error: 'nope' });
  });

  it('reads the active tab and treats a hidden URL as not x.com', async () => {
    query.mockResolvedValueOnce([{ id: 4, url: 'https://x.com/messages' }]);
    expect(await extensionApi().activeTab()).toEqual({ id: 4, url: 'https://x.com/messages' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockResolvedValueOnce([{ id: 5 }]);
    const tab = await extensionApi().activeTab();
    expect(isXUrl(tab?.url)).toBe(false);
    query.mockRejectedValueOnce(new Error('no tabs'));
    expect(await extensionApi().activeTab()).toBeNull();
  });

  it('subscribes to the tab key in session storage', () => {
    const listeners = new Set<Listener>();
    (globalThis as { chrome?: unknown }).chrome = {
      storage: {
        session: {
          onChanged: {
            addListener: (l: Listener) => listeners.add(l),
            removeListener: (l: Listener) => listeners.delete(l),
          },
        },
      },
    };
    const cb = vi.fn();
    const off = extensionApi().subscribe(9, cb);
    for (const l of listeners) l({ 'tab:8': {} });
    expect(cb).not.toHaveBeenCalled();
    for (const l of listeners) l({ 'tab:9': {} });
    expect(cb).toHaveBeenCalledTimes(1);
    off();
    expect(listeners.size).toBe(0);
  });

  it('polls every second when session storage events are unavailable', () => {
    vi.useFakeTimers();
    const cb = vi.fn();
    const off = extensionApi().subscribe(9, cb);
    vi.advanceTimersByTime(3_000);
    expect(cb).toHaveBeenCalledTimes(3);
    off();
    vi.advanceTimersByTime(3_000);
    expect(cb).toHaveBeenCalledTimes(3);
  });
});

describe('isXUrl', () => {
  it.each([
    ['https://x.com/messages/1-2', true],
    ['https://twitter.com/i/chat', true],
    ['http://x.com/', false],
    ['https://x.com.evil.example/', false],
    ['chrome://newtab/', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isXUrl(url)).toBe(expected);
  });
});
