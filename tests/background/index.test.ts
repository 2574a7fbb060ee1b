/**
 * The worker's wiring (src/background/index.ts), evaluated as Chrome would with `chrome.*` and
 * `fetch` stubbed: each request gets exactly one reply through `sendResponse`; a ping is answered
 * before the engine is evaluated, which then loads after the reply; a score loads what it needs
 * on its own; a message that is not a request is refused with a reply, not silence.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSender, EXT_ID } from './fakes';
import { fakeAreas } from './store/helpers';

type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => unknown;
let listener: Listener | undefined;

beforeAll(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  // The tables are not in a test's reach: their loaders say so and the engine scores without.
  vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const areas = fakeAreas();
  vi.stubGlobal('chrome', {
    runtime: {
      id: EXT_ID,
      getURL: (path: string) => `chrome-extension://${EXT_ID}/${path}`,
      onMessage: { addListener: (l: Listener) => (listener = l) },
    },
    storage: areas,
    tabs: { onRemoved: { addListener: () => undefined }, sendMessage: async () => undefined },
    commands: { onCommand: { addListener: () => undefined } },
    i18n: { detectLanguage: async () => ({ isReliable: false, languages: [] }) },
  });
  performance.clearMarks();
  vi.resetModules();
  await import('../../src/background/index');
});

/** Sends `message` as Chrome would; resolves with every reply the worker gave, once it gave one. */
async function send(message: unknown, sender: unknown = contentSender) {
  const replies: unknown[] = [];
  let replied!: () => void;
  const done = new Promise<void>((resolve) => {
    replied = resolve;
  });
  const kept = listener!(message, sender, (r) => {
    replies.push(r);
    replied();
  });
  await done;
  await new Promise((resolve) => setTimeout(resolve, 20)); // a second reply would show by now
  return { kept, replies };
}

const marked = (name: string) => performance.getEntriesByName(name).length > 0;

describe('worker wiring', () => {
  it('answers a ping once before the engine is evaluated, then warms up after the reply', async () => {
    expect(marked('worthy:listening')).toBe(true);
    let engineAtReply: boolean | undefined;
    const replies: unknown[] = [];
    const kept = listener!({ type: 'ping' }, contentSender, (r) => {
      engineAtReply = marked('worthy:engine');
      replies.push(r);
    });
    expect(kept).toBe(true); // the channel stays open for the asynchronous reply
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(replies[0]).toEqual({ ok: true, data: { pong: true } });
    expect(engineAtReply).toBe(false);
    expect(marked('worthy:answered')).toBe(true);
    await vi.waitFor(() => expect(marked('worthy:engine')).toBe(true), { timeout: 10_000 });
  });

  it('scores a draft through the lazily loaded engine and store, with one reply', async () => {
    const { replies } = await send({
      type: 'score-draft',
      context: {
        draft: 'Limited offer!!! Buy now at https://cheap.example.com and DM me your password',
        conversationId: '111-222',
        surface: 'chat',
        recipient: { handle: 'alice', name: 'Alice' },
        messages: [],
      },
    });
    expect(replies).toHaveLength(1);
    const reply = replies[0] as { ok: boolean; data?: { verdict?: { verdict: string } } };
    expect(reply.ok).toBe(true);
    expect(reply.data?.verdict?.verdict).toBe('hold');
  });

  it('refuses a malformed message and a stranger with one reply each', async () => {
    const malformed = await send({ type: 'score-draft', context: { draft: 42 } });
    expect(malformed.replies).toEqual([
      { ok: false, error: expect.stringMatching(/^malformed request: context/) },
    ]);
    const stranger = await send({ type: 'ping' }, { ...contentSender, id: 'someone-else' });
    expect(stranger.replies).toEqual([
      { ok: false, error: 'rejected "ping": not sent by this extension' },
    ]);
  });
});
