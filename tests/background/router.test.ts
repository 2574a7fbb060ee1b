import { describe, expect, it, vi } from 'vitest';

import { handlers } from '../../src/background/handlers/index';
import { createRouter } from '../../src/background/router';
import { senderProblem } from '../../src/background/senders';
import { contentSender, EXT_ID, fakeDeps, popupSender } from './fakes';

const draft = (text: string) => ({
  type: 'score-draft',
  context: {
    draft: text,
    conversationId: '111-222',
    surface: 'chat',
    recipient: { handle: 'alice', name: 'Alice' },
    messages: [],
  },
});

describe('router', () => {
  it('rejects a message that is not a request, naming the field', async () => {
    const route = createRouter(handlers, fakeDeps().deps, EXT_ID);
    expect(await route({ type: 'nope' }, contentSender)).toEqual({
      ok: false,
      error: expect.stringMatching(/^malformed request: type/),
    });
    expect(await route('hello', contentSender)).toMatchObject({ ok: false });
    expect(await route({ type: 'delete-recipient', handle: 'not a handle!' }, popupSender)).toEqual(
      {
        ok: false,
        error: expect.stringContaining('handle: not an X handle'),
      },
    );
  });

  it('rejects senders from another extension', async () => {
    const route = createRouter(handlers, fakeDeps().deps, EXT_ID);
    const reply = await route({ type: 'ping' }, { ...contentSender, id: 'someone-else' });
    expect(reply).toEqual({ ok: false, error: 'rejected "ping": not sent by this extension' });
  });

  it('takes content-script requests only from x.com and twitter.com tabs', async () => {
    const route = createRouter(handlers, fakeDeps().deps, EXT_ID);
    const evil = { id: EXT_ID, url: 'https://evil.example/x.com', tab: { id: 3 } };
    const reply = await route(draft('hi'), evil);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('only the content script') });
    const httpX = { id: EXT_ID, url: 'http://x.com/messages', tab: { id: 3 } };
    expect((await route(draft('hi'), httpX)).ok).toBe(false);
    const twitter = { id: EXT_ID, url: 'https://twitter.com/messages/1-2', tab: { id: 3 } };
    expect((await route(draft('hi'), twitter)).ok).toBe(true);
    // The popup is not a tab: it cannot pose as the content script.
    expect((await route(draft('hi'), popupSender)).ok).toBe(false);
  });

  it('takes popup-only requests only from extension pages', async () => {
    const { deps, profiles } = fakeDeps();
    profiles.set('alice', { handle: 'alice', posts: [] });
    const route = createRouter(handlers, deps, EXT_ID);
    const fromPage = await route({ type: 'delete-all-data' }, contentSender);
    expect(fromPage).toEqual({
      ok: false,
      error: expect.stringContaining("only Worthy's own pages"),
    });
    expect(profiles.size).toBe(1);
    expect(await route({ type: 'delete-all-data' }, popupSender)).toEqual({ ok: true, data: null });
    expect(profiles.size).toBe(0);
  });

  it('turns a throwing handler into an error reply and keeps serving', async () => {
    const { deps } = fakeDeps();
    deps.store.loadSettings = async () => {
      throw new Error('storage exploded');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const route = createRouter(handlers, deps, EXT_ID);
    expect(await route(draft('hello there'), contentSender)).toEqual({
      ok: false,
      error: 'score-draft failed: storage exploded',
    });
    expect(await route({ type: 'ping' }, contentSender)).toEqual({
      ok: true,
      data: { pong: true },
    });
    warn.mockRestore();
  });

  it('senderProblem allows ping from both sides', () => {
    expect(senderProblem('ping', contentSender, EXT_ID)).toBeNull();
    expect(senderProblem('ping', popupSender, EXT_ID)).toBeNull();
    expect(senderProblem('ping', { id: EXT_ID, url: 'https://example.com/' }, EXT_ID)).toMatch(
      /neither/,
    );
  });
});
