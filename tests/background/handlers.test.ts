import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';

import type { BackgroundDeps } from '../../src/background/deps';
import { handlers } from '../../src/background/handlers/index';
import { mergeRecipient } from '../../src/background/merge';
import { createRouter } from '../../src/background/router';
import { textModelLoader } from '../../src/background/text-model';
import { TABLE_PATH, vectorLoader } from '../../src/background/vectors';
import { shouldHold } from '../../src/content/verdicts';
import { buildTable } from '../../src/engine/relevance/word-vectors';
import { fingerprint } from '../../src/engine/text/fingerprint';
import { loadTextModel, TEXT_MODEL_PATH } from '../../src/node/load-text-model';
import { loadVectors } from '../../src/node/load-vectors';
import { scoreReplySchema, tabStateSchema } from '../../src/shared/messages';
import { contentSender, EXT_ID, fakeDeps, NOW, popupSender } from './fakes';

const SPAM =
  'Hey!! 🚀 Quick question — want 10x more leads? Our AI growth tool is 50% OFF today only, ' +
  'click https://bit.ly/3xYz now!!! Limited spots, reply YES 🔥🔥';
const SPECIFIC =
  'Saw your marathon recap — sub-3:30 in Berlin after that knee injury is impressive. ' +
  'How did you pace the last 10k?';

const ctx = (draft: string, extra: Record<string, unknown> = {}) => ({
  draft,
  conversationId: '111-222',
  surface: 'chat' as const,
  recipient: { handle: 'alice', name: 'Alice Runner' },
  messages: [],
  ...extra,
});

async function scoreVia(deps: ReturnType<typeof fakeDeps>['deps'], draft: string) {
  const route = createRouter(handlers, deps, EXT_ID);
  const reply = await route({ type: 'score-draft', context: ctx(draft) }, contentSender);
  if (!reply.ok) throw new Error(reply.error);
  return scoreReplySchema.parse(reply.data);
}

describe('score-draft', () => {
  it('adds the learned text layer once the worker has it, and scores without it until then', async () => {
    const pitch =
      'Hi Alice, I run a small growth agency that helps creators reach more people on X. ' +
      'Would you be open to a chat?';
    const model = await loadTextModel();
    const without = await scoreVia(fakeDeps().deps, pitch);
    const withLayer = await scoreVia(fakeDeps({ textModel: async () => model }).deps, pitch);
    const ids = (r: typeof without) => r.verdict?.signals.map((s) => s.id) ?? [];
    expect(ids(without)).not.toContain('learned-spam');
    expect(ids(withLayer)).toContain('learned-spam');
    expect(withLayer.verdict?.spam).toBeGreaterThan(without.verdict?.spam ?? 1);
    // A failing load is the same as no layer: the score still goes ahead.
    const failing = fakeDeps({ textModel: async () => Promise.reject(new Error('gone')) });
    expect(ids(await scoreVia(failing.deps, pitch))).not.toContain('learned-spam');
  });

  it('scores with the engine and replies a valid ScoreReply', async () => {
    const { deps } = fakeDeps();
    const r = await scoreVia(deps, SPAM);
    expect(r.paused).toBe(false);
    expect(r.gate).toBe('hold');
    expect(r.memory).toBe(true);
    expect(r.verdict?.verdict).not.toBe('send');
    expect(r.verdict?.context.kind).toBe('cold');
  });

  it('uses the remembered profile so relevance is known', async () => {
    const { deps, store } = fakeDeps();
    const bare = await scoreVia(deps, SPECIFIC);
    await store.rememberProfile(
      {
        handle: 'alice',
        bio: 'Marathoner. Product designer in Berlin.',
        posts: [
          'Berlin marathon done: 3:28 after the knee injury! Pacing the last 10k was brutal.',
        ],
      },
      NOW,
    );
    const informed = await scoreVia(deps, SPECIFIC);
    expect(bare.verdict?.relevance).toBeNull();
    expect(informed.verdict?.relevance).not.toBeNull();
  });

  it('stores the latest verdict for the tab in session storage', async () => {
    const { deps, area } = fakeDeps();
    await scoreVia(deps, SPAM);
    // Written after the reply: reading through the tab's queue waits for it.
    await deps.session.get(7);
    const state = tabStateSchema.parse(area.data.get('tab:7'));
    expect(state.draft).toBe(SPAM);
    expect(state.recipient.handle).toBe('alice');
    expect(state.verdict?.verdict).not.toBe('send');
    const route = createRouter(handlers, deps, EXT_ID);
    const reply = await route({ type: 'get-tab-state', tabId: 7 }, popupSender);
    expect(reply).toMatchObject({ ok: true, data: { draft: SPAM, updatedAt: NOW } });
  });

  it('replies paused with no verdict when the user paused Worthy, and keeps no copy of the draft', async () => {
    const { deps, store, area } = fakeDeps();
    await store.saveSettings({ ...(await store.loadSettings()), pausedUntil: NOW + 60_000 });
    const r = await scoreVia(deps, SPAM);
    expect(r).toMatchObject({ paused: true, verdict: null });
    expect(tabStateSchema.parse(area.data.get('tab:7'))).toMatchObject({ paused: true, draft: '' });
  });

  it('mute-conversation keeps who the conversation is with, from the tab it came from', async () => {
    const { deps, store } = fakeDeps();
    const route = createRouter(handlers, deps, EXT_ID);
    await scoreVia(deps, SPAM);
    await route({ type: 'mute-conversation', conversationId: '111-222' }, contentSender);
    expect((await store.loadSettings()).mutedPeople).toEqual({
      '111-222': { handle: 'alice', name: 'Alice Runner' },
    });
  });

  it('mute-conversation from the card: that conversation replies paused, others do not', async () => {
    const { deps, store } = fakeDeps();
    const route = createRouter(handlers, deps, EXT_ID);
    const muted = await route(
      { type: 'mute-conversation', conversationId: '111-222' },
      contentSender,
    );
    expect(muted).toMatchObject({ ok: true });
    expect((await store.loadSettings()).mutedConversations).toEqual(['111-222']);
    // Muting twice keeps one entry.
    await route({ type: 'mute-conversation', conversationId: '111-222' }, contentSender);
    expect((await store.loadSettings()).mutedConversations).toEqual(['111-222']);
    expect(await scoreVia(deps, SPAM)).toMatchObject({ paused: true, verdict: null });
    const other = await route(
      { type: 'score-draft', context: ctx(SPAM, { conversationId: '333-444' }) },
      contentSender,
    );
    expect(other.ok && scoreReplySchema.parse(other.data).paused).toBe(false);
  });

  it('feeds recent sends to the engine as fingerprints (the template check sees them)', async () => {
    const { deps, sends } = fakeDeps();
    const first = await scoreVia(deps, SPAM);
    for (let i = 0; i < 5; i++) {
      sends.push({
        recipient: `user${i}`,
        at: NOW - (i + 1) * 3_600_000,
        verdict: 'hold',
        held: false,
        overridden: false,
        fingerprint: fingerprint(SPAM, { names: [`User ${i}`, `user${i}`] }),
        links: [],
        signals: [],
        conversationId: null,
      });
    }
    const again = await scoreVia(deps, SPAM);
    const ids = (v: typeof again) => v.verdict?.signals.map((s) => s.id) ?? [];
    expect(ids(again).length).toBeGreaterThan(ids(first).length);
    expect(again.verdict!.score).toBeLessThanOrEqual(first.verdict!.score);
  });

  it('reads settings, profile and history at once: a woken worker waits for them together', async () => {
    // Before: the settings and the memory check were awaited first, and only then the profile
    // and the history were asked for, so their waits added up on a cold worker.
    const { deps, store } = fakeDeps();
    let releaseSettings: () => void = () => {};
    const settingsGate = new Promise<void>((r) => {
      releaseSettings = r;
    });
    const asked: string[] = [];
    deps.store = {
      ...store,
      loadSettings: async () => {
        asked.push('settings');
        await settingsGate;
        return store.loadSettings();
      },
      getProfile: async (h, now) => {
        asked.push('profile');
        return store.getProfile(h, now);
      },
      sendHistory: async (q) => {
        asked.push('history');
        return store.sendHistory(q);
      },
    };
    const reply = scoreVia(deps, SPAM);
    await vi.waitFor(() => expect(asked).toEqual(['settings', 'profile', 'history']));
    releaseSettings();
    expect((await reply).verdict).not.toBeNull();
  });

  it("replies without waiting for the popup's copy in session storage", async () => {
    const { deps } = fakeDeps();
    deps.session = { get: async () => null, update: () => new Promise(() => {}) };
    expect((await scoreVia(deps, SPAM)).verdict).not.toBeNull();
  });

  it('passes a reliable browser language guess for long drafts only', async () => {
    const detectLanguage = vi.fn(async () => ({ code: 'de', reliable: true }));
    const { deps } = fakeDeps({ detectLanguage });
    await scoreVia(deps, 'Hallo');
    expect(detectLanguage).not.toHaveBeenCalled();
    const r = await scoreVia(
      deps,
      'Hallo Alice, ich habe deinen Beitrag über den Berlin-Marathon gelesen und fand ihn toll.',
    );
    expect(detectLanguage).toHaveBeenCalledOnce();
    expect(r.verdict?.language.code).toBe('de');
  });

  it('survives a failing language detector', async () => {
    const { deps } = fakeDeps({
      detectLanguage: async () => {
        throw new Error('no i18n');
      },
    });
    const r = await scoreVia(deps, SPECIFIC);
    expect(r.verdict).not.toBeNull();
  });
});

describe('page requests', () => {
  it('send-recorded stores a fingerprint and link hashes, never the text', async () => {
    const { deps, sends } = fakeDeps();
    const route = createRouter(handlers, deps, EXT_ID);
    await route({ type: 'score-draft', context: ctx(SPAM) }, contentSender);
    const reply = await route(
      { type: 'send-recorded', context: ctx(SPAM), verdict: 'hold', held: true, overridden: true },
      contentSender,
    );
    expect(reply).toEqual({ ok: true, data: null });
    expect(sends).toHaveLength(1);
    const rec = sends[0]!;
    expect(rec).toMatchObject({ recipient: 'alice', at: NOW, held: true, overridden: true });
    expect(rec.fingerprint).toMatch(/^m1:/);
    expect(rec.links).toHaveLength(1);
    expect(rec.signals?.length).toBeGreaterThan(0);
    expect(JSON.stringify(rec)).not.toContain('leads');
  });

  it('profile-seen remembers the profile', async () => {
    const { deps, profiles } = fakeDeps();
    const route = createRouter(handlers, deps, EXT_ID);
    const profile = { handle: 'alice', bio: 'Runner', posts: ['Ran Berlin'] };
    expect(await route({ type: 'profile-seen', profile }, contentSender)).toMatchObject({
      ok: true,
    });
    expect(profiles.get('alice')).toMatchObject(profile);
  });

  it('page-status keeps the diagnosis per tab', async () => {
    const { deps } = fakeDeps();
    const route = createRouter(handlers, deps, EXT_ID);
    const diagnosis = {
      route: 'chat' as const,
      composer: true,
      sendButton: true,
      recipient: true,
      messages: 3,
      profile: false,
    };
    await route({ type: 'page-status', diagnosis }, contentSender);
    const reply = await route({ type: 'get-tab-state', tabId: 7 }, popupSender);
    expect(reply).toMatchObject({ ok: true, data: { diagnosis, verdict: null } });
    expect(await route({ type: 'get-tab-state', tabId: 99 }, popupSender)).toEqual({
      ok: true,
      data: null,
    });
  });

  it('popup requests reach the store', async () => {
    const { deps, profiles } = fakeDeps();
    profiles.set('bob', { handle: 'bob', posts: [] });
    const route = createRouter(handlers, deps, EXT_ID);
    expect(await route({ type: 'get-settings' }, popupSender)).toMatchObject({
      ok: true,
      data: { gate: 'hold' },
    });
    expect(await route({ type: 'delete-recipient', handle: 'bob' }, popupSender)).toMatchObject({
      ok: true,
    });
    expect(profiles.has('bob')).toBe(false);
    expect(await route({ type: 'get-history-summary' }, popupSender)).toMatchObject({ ok: true });
    expect(await route({ type: 'export-data' }, popupSender)).toMatchObject({ ok: true });
  });
});

describe('mergeRecipient', () => {
  it('lets page data win and fills in remembered posts', () => {
    const merged = mergeRecipient(
      { handle: 'alice', name: 'Alice (page)', bio: '', posts: ['a', 'b'] },
      {
        handle: 'alice',
        name: 'Alice (old)',
        bio: 'Runner',
        location: 'Berlin',
        posts: ['b', 'c'],
      },
    );
    expect(merged).toEqual({
      handle: 'alice',
      name: 'Alice (page)',
      bio: 'Runner',
      location: 'Berlin',
      posts: ['a', 'b', 'c'],
    });
    expect(mergeRecipient({ name: 'X' }, null)).toEqual({ name: 'X' });
  });
});

describe('score-draft before the word vectors are in memory', () => {
  const RUNNER = {
    handle: 'alice',
    bio: 'Marathoner & trail racer. Coaching beginners from couch to 42k.',
    posts: ['Sub-3 in Berlin with a negative split!', 'Long run Sunday: 32k of hills'],
  };
  /** Fits her (the vectors see it), but shares no word with her profile. */
  const FITS =
    'Hello Alice, would you review my accounting spreadsheet template for small bakeries?';

  async function informed(vectors: BackgroundDeps['vectors']) {
    const d = fakeDeps({ vectors });
    await d.store.rememberProfile({ ...RUNNER }, NOW);
    return d.deps;
  }

  it('never waits for them: the score asks with a zero cap', async () => {
    const vectors = vi.fn(async () => undefined);
    await scoreVia(await informed(vectors), SPAM);
    expect(vectors).toHaveBeenCalledWith(0);
  });

  it('holds for spam alone, never for relevance it could not measure', async () => {
    const lexical = await scoreVia(await informed(async () => undefined), FITS);
    expect(lexical.verdict?.verdict).toBe('hold');
    expect(lexical.gateVerdict).toBe('revise');
    expect(shouldHold(lexical)).toBe(false);
    // The same draft with the vectors: judged in full, nothing to soften.
    const vectors = await loadVectors();
    const full = await scoreVia(await informed(async () => vectors), FITS);
    expect(full.gateVerdict).toBeUndefined();
    // Spam holds whatever relevance says.
    const spam = await scoreVia(await informed(async () => undefined), SPAM);
    expect(shouldHold(spam)).toBe(true);
  });
});

describe('load-ui', () => {
  it('injects the overlay script into the frame that asked, once it has run', async () => {
    const injectUi = vi.fn(async () => {});
    const route = createRouter(handlers, fakeDeps({ injectUi }).deps, EXT_ID);
    const r = await route({ type: 'load-ui' }, { ...contentSender, frameId: 3 });
    expect(r).toEqual({ ok: true, data: null });
    expect(injectUi).toHaveBeenCalledWith(7, 3);
  });

  it('reports a failed injection, so the page goes on without the badge', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const injectUi = vi.fn(async () => Promise.reject(new Error('Cannot access contents')));
    const route = createRouter(handlers, fakeDeps({ injectUi }).deps, EXT_ID);
    const r = await route({ type: 'load-ui' }, contentSender);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^load-ui failed/) });
    expect(injectUi).toHaveBeenCalledWith(7, 0);
    warn.mockRestore();
  });
});

describe('vectorLoader', () => {
  it('does not make a score wait longer than the cap', async () => {
    let release!: (r: Response) => void;
    const slow = new Promise<Response>((resolve) => {
      release = resolve;
    });
    const loader = vectorLoader(() => slow);
    const t0 = performance.now();
    expect(await loader.get(30)).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(500);
    release(new Response(''));
  });

  it('loads the table once and serves the cached vectors', async () => {
    const table = buildTable('run\nmarathon\n', new Int8Array([1, 2, 3, 4]));
    const fetcher = vi.fn(async (_path: string) => new Response(table));
    const loader = vectorLoader(fetcher);
    const v = await loader.get(1_000);
    expect(v?.size).toBe(2);
    expect(v?.lookup('marathon')).toBe(1);
    expect(await loader.get(0)).toBe(v);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith(TABLE_PATH);
  });

  it('never waits with a zero cap, nor starts a read (the warm-up does, after the reply)', async () => {
    const table = buildTable('a\n', new Int8Array([1]));
    let release!: (r: Response) => void;
    const fetcher = vi.fn(
      () =>
        new Promise<Response>((resolve) => {
          release = resolve;
        }),
    );
    const loader = vectorLoader(fetcher);
    expect(await loader.get(0)).toBeUndefined();
    expect(fetcher).not.toHaveBeenCalled();
    const loading = loader.start();
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(await loader.get(0)).toBeUndefined();
    release(new Response(table));
    await loading;
    expect((await loader.get(0))?.size).toBe(1);
    expect((await loader.start())?.size).toBe(1);
    expect(loader.ready()?.size).toBe(1);
  });

  it('retries after a failed load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    const loader = vectorLoader(async () =>
      fail
        ? new Response('', { status: 404 })
        : new Response(buildTable('a\n', new Int8Array([1]))),
    );
    expect(await loader.get(1_000)).toBeUndefined();
    fail = false;
    expect((await loader.get(1_000))?.size).toBe(1);
    warn.mockRestore();
  });
});

describe('textModelLoader', () => {
  const bytes = () => readFile(TEXT_MODEL_PATH);

  it('loads the layer once and serves it from then on', async () => {
    const fetcher = vi.fn(async () => new Response(new Uint8Array(await bytes())));
    const loader = textModelLoader(fetcher);
    const m = await loader.get(1_000);
    expect(m).toBeDefined();
    expect(await loader.get(0)).toBe(m);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('does not make a score wait longer than the cap, and retries after a failure', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let release!: (r: Response) => void;
    const slow = new Promise<Response>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    const loader = textModelLoader(async () =>
      ++calls === 1 ? slow : new Response(new Uint8Array(await bytes())),
    );
    expect(await loader.get(20)).toBeUndefined();
    release(new Response('', { status: 404 }));
    expect(await loader.start()).toBeUndefined();
    expect(await loader.get(1_000)).toBeDefined();
    expect(calls).toBe(2);
    warn.mockRestore();
  });
});

describe('tab session', () => {
  it('keeps the newest score when an older one finishes last', async () => {
    const { tabSession } = await import('../../src/background/session');
    const { fakeSessionArea } = await import('./fakes');
    const area = fakeSessionArea();
    const session = tabSession(area);
    await session.update(1, { draft: 'newer', updatedAt: 20 }, 20);
    await session.update(1, { draft: 'older', updatedAt: 10 }, 10);
    expect((await session.get(1))?.draft).toBe('newer');
    // Other updates (page status) still merge in.
    await session.update(1, { diagnosis: null, updatedAt: 30 });
    expect(await session.get(1)).toMatchObject({ draft: 'newer', updatedAt: 30 });
    await session.update(1, { draft: 'newest', updatedAt: 40 }, 40);
    expect((await session.get(1))?.draft).toBe('newest');
  });

  it('folds a burst of updates into one write behind the running one; the newest wins', async () => {
    // Scores do not wait for their session copy: without folding, 10,000 quick scores queued
    // 10,000 writes holding their verdicts (the worker's memory budget caught it).
    const { tabSession } = await import('../../src/background/session');
    const { fakeSessionArea } = await import('./fakes');
    const area = fakeSessionArea();
    const set = vi.spyOn(area, 'set');
    const session = tabSession(area);
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => session.update(1, { draft: `d${i}`, updatedAt: i }, i)),
    );
    expect(set.mock.calls.length).toBeLessThanOrEqual(2);
    expect((await session.get(1))?.draft).toBe('d99');
  });
});
