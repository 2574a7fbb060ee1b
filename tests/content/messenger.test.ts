/**
 * The content script's requests on chrome.runtime: a good reply comes through; a timeout, an
 * extension reload or a malformed reply becomes an error the caller fails open on.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestScore, tell } from '../../src/content/messenger';
import type { DraftContext } from '../../src/shared/messages';
import { makeReply, makeVerdict } from '../overlay/verdict-fixture';

const context: DraftContext = {
  draft: 'Hi Alice',
  conversationId: '111-222',
  surface: 'chat',
  recipient: { handle: 'alice', name: 'Alice', bio: '' },
  messages: [],
};
const sendMessage = vi.fn();

beforeEach(() => {
  sendMessage.mockReset();
  vi.stubGlobal('chrome', { runtime: { sendMessage } });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('requestScore', () => {
  it('passes a checked score reply through', async () => {
    const reply = makeReply(makeVerdict());
    sendMessage.mockResolvedValue({ ok: true, data: reply });
    await expect(requestScore(context)).resolves.toEqual({ ok: true, data: reply });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'score-draft', context });
  });

  it('turns a malformed reply, a refusal or a throw into an error', async () => {
    sendMessage.mockResolvedValueOnce({ ok: true, data: { verdict: 'send' } });
    expect((await requestScore(context)).ok).toBe(false);
    sendMessage.mockResolvedValueOnce('not an envelope');
    expect(await requestScore(context)).toEqual({
      ok: false,
      error: 'bad reply: not an envelope',
    });
    sendMessage.mockResolvedValueOnce({ ok: false, error: 'sender refused' });
    expect(await requestScore(context)).toEqual({ ok: false, error: 'sender refused' });
    sendMessage.mockRejectedValueOnce(new Error('Extension context invalidated.'));
    expect(await requestScore(context)).toEqual({
      ok: false,
      error: 'Extension context invalidated.',
    });
  });

  it('gives up after its timeout', async () => {
    vi.useFakeTimers();
    sendMessage.mockReturnValue(new Promise(() => {}));
    const r = requestScore(context, 200);
    await vi.advanceTimersByTimeAsync(200);
    expect(await r).toEqual({ ok: false, error: 'no reply within 200 ms' });
  });
});

describe('tell', () => {
  it('reports only whether it was done', async () => {
    sendMessage.mockResolvedValueOnce({ ok: true, data: { anything: 1 } });
    expect(await tell({ type: 'ping' })).toEqual({ ok: true, data: null });
    sendMessage.mockResolvedValueOnce({ ok: false, error: 'nope' });
    expect(await tell({ type: 'ping' })).toEqual({ ok: false, error: 'nope' });
  });
});
