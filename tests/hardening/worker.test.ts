/**
 * The worker when memory fails and when requests come from the wrong place or malformed:
 * - a store whose every call rejects (IndexedDB gone, quota exhausted) still scores: the reply
 *   has a verdict and `memory: false`;
 * - the real store with IndexedDB missing says memory is off and still scores;
 * - every request type from the wrong sender is refused, a malformed payload of every type is
 *   refused with a message naming the field, and the worker answers normally afterwards.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { BackgroundStore } from '../../src/background/deps';
import { handlers } from '../../src/background/handlers/index';
import { createRouter } from '../../src/background/router';
import { closeDatabase, store as realStore } from '../../src/background/store/index';
import { emptyBackup } from '../../src/popup/api-mock';
import { scoreReplySchema } from '../../src/shared/messages';
import type { RequestType } from '../../src/shared/protocol';
import { contentSender, EXT_ID, fakeDeps, popupSender } from '../background/fakes';

const SPAM =
  'Hey!! Want 10x more leads? Our AI growth tool is 50% OFF today only, click https://bit.ly/3xYz now!!!';
const ctx = {
  draft: SPAM,
  conversationId: '111-222',
  surface: 'chat' as const,
  recipient: { handle: 'alice', name: 'Alice Runner' },
  messages: [],
};

const quota = () => Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });

function brokenStore(base: BackgroundStore): BackgroundStore {
  const fail = async () => {
    throw quota();
  };
  return {
    ...base,
    rememberProfile: fail,
    getProfile: fail,
    recordSend: fail,
    sendHistory: fail,
    historySummary: fail,
    exportAll: fail,
    restoreAll: fail,
    memory: async () => false,
  };
}

describe('memory off: guidance still works', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    closeDatabase();
  });

  it('a store that rejects every read and write: a verdict and memory:false', async () => {
    const { deps, store } = fakeDeps();
    deps.store = brokenStore(store);
    const route = createRouter(handlers, deps, EXT_ID);
    const reply = await route({ type: 'score-draft', context: ctx }, contentSender);
    expect(reply.ok).toBe(true);
    const data = scoreReplySchema.parse((reply as { data: unknown }).data);
    expect(data.memory).toBe(false);
    expect(data.verdict?.verdict).toBe('hold');
    // The popup learns it too (session state for the tab).
    const state = await route({ type: 'get-tab-state', tabId: 7 }, popupSender);
    expect(state).toMatchObject({ ok: true, data: { memory: false, draft: SPAM } });
  });

  it('a store whose memory check itself rejects still scores (memory reported off)', async () => {
    const { deps, store } = fakeDeps();
    deps.store = {
      ...brokenStore(store),
      memory: async () => {
        throw quota();
      },
    };
    const route = createRouter(handlers, deps, EXT_ID);
    const reply = await route({ type: 'score-draft', context: ctx }, contentSender);
    expect(reply.ok).toBe(true);
    const data = scoreReplySchema.parse((reply as { data: unknown }).data);
    expect(data.memory).toBe(false);
    expect(data.verdict).not.toBeNull();
  });

  it('session storage failing (quota) does not cost the user the verdict', async () => {
    const { deps } = fakeDeps();
    deps.session = {
      get: async () => null,
      update: async () => {
        throw quota();
      },
    };
    const route = createRouter(handlers, deps, EXT_ID);
    const reply = await route({ type: 'score-draft', context: ctx }, contentSender);
    expect(reply.ok).toBe(true);
    expect(scoreReplySchema.parse((reply as { data: unknown }).data).verdict).not.toBeNull();
  });

  it('the real store with no IndexedDB at all: memory off, a verdict, and a reason', async () => {
    closeDatabase();
    vi.stubGlobal('indexedDB', undefined);
    const { deps } = fakeDeps();
    deps.store = { ...realStore, loadSettings: deps.store.loadSettings };
    const route = createRouter(handlers, deps, EXT_ID);
    const reply = await route({ type: 'score-draft', context: ctx }, contentSender);
    expect(reply.ok).toBe(true);
    const data = scoreReplySchema.parse((reply as { data: unknown }).data);
    expect(data.memory).toBe(false);
    expect(data.verdict?.verdict).toBe('hold');
    const seen = await route(
      { type: 'profile-seen', profile: { handle: 'alice', posts: ['hi'] } },
      contentSender,
    );
    expect(seen).toEqual({ ok: true, data: null });
  });
});

const VALID: Record<RequestType, unknown> = {
  'score-draft': { type: 'score-draft', context: ctx },
  'profile-seen': { type: 'profile-seen', profile: { handle: 'alice', posts: [] } },
  'send-recorded': {
    type: 'send-recorded',
    context: ctx,
    verdict: 'hold',
    held: true,
    overridden: true,
  },
  'page-status': {
    type: 'page-status',
    diagnosis: {
      route: 'chat',
      composer: true,
      sendButton: true,
      recipient: true,
      messages: 0,
      profile: false,
    },
  },
  'mute-conversation': { type: 'mute-conversation', conversationId: '111-222' },
  'get-tab-state': { type: 'get-tab-state', tabId: 7 },
  'get-settings': { type: 'get-settings' },
  'patch-settings': { type: 'patch-settings', patch: {} },
  'unmute-conversation': { type: 'unmute-conversation', conversationId: '111-222' },
  'get-history-summary': { type: 'get-history-summary' },
  'export-data': { type: 'export-data' },
  'restore-data': { type: 'restore-data', backup: emptyBackup() },
  'delete-all-data': { type: 'delete-all-data' },
  'delete-recipient': { type: 'delete-recipient', handle: 'alice' },
  'load-ui': { type: 'load-ui' },
  'forget-dismissal': {
    type: 'forget-dismissal',
    dismissal: { signal: 'call-to-action', scope: 'everywhere', key: '', at: 1 },
  },
  'dismiss-signal': {
    type: 'dismiss-signal',
    signal: 'call-to-action',
    scope: 'everywhere',
    place: { conversationId: '111-222', handle: 'alice' },
  },
  'restore-signal': {
    type: 'restore-signal',
    signal: 'call-to-action',
    place: { conversationId: null },
  },
  'suggest-opener': { type: 'suggest-opener', context: ctx },
  ping: { type: 'ping' },
};

/** A payload of each type that fails validation (wrong field type, missing field, bad value). */
const MALFORMED: Record<RequestType, unknown[]> = {
  'score-draft': [
    { type: 'score-draft' },
    { type: 'score-draft', context: { ...ctx, draft: 5 } },
    { type: 'score-draft', context: { ...ctx, draft: 'x'.repeat(200_001) } },
    { type: 'score-draft', context: { ...ctx, surface: 'email' } },
    // A misplaced field is an error naming it, not silently dropped.
    { type: 'score-draft', context: { ...ctx, conversation: { messages: [] } } },
    { type: 'score-draft', context: ctx, urgent: true },
  ],
  'profile-seen': [
    { type: 'profile-seen', profile: { handle: '<script>', posts: [] } },
    { type: 'profile-seen', profile: { handle: 'a', posts: Array(501).fill('p') } },
  ],
  'send-recorded': [{ type: 'send-recorded', context: ctx, verdict: 'maybe', held: 1 }],
  'page-status': [{ type: 'page-status', diagnosis: { route: 'moon' } }],
  'mute-conversation': [
    { type: 'mute-conversation' },
    { type: 'mute-conversation', conversationId: '' },
  ],
  'get-tab-state': [
    { type: 'get-tab-state', tabId: 'seven' },
    { type: 'get-tab-state', tabId: 1.5 },
  ],
  'get-settings': [{ type: 'get-settings', tabId: 7 }],
  'patch-settings': [
    { type: 'patch-settings' },
    { type: 'patch-settings', patch: 'all' },
    // A misspelled field is named, never dropped; an absent one is left as stored.
    { type: 'patch-settings', patch: { gate: 'warn', gait: 'off' } },
    { type: 'patch-settings', patch: { engine: { tresholds: { send: 80 } } } },
    { type: 'patch-settings', patch: { engine: { dailyBudget: 0 } } },
  ],
  'unmute-conversation': [
    { type: 'unmute-conversation' },
    { type: 'unmute-conversation', conversationId: 7 },
  ],
  'forget-dismissal': [
    { type: 'forget-dismissal' },
    {
      type: 'forget-dismissal',
      dismissal: { signal: 'Not An Id', scope: 'everywhere', key: '', at: 1 },
    },
  ],
  'get-history-summary': [],
  'export-data': [],
  'dismiss-signal': [
    {
      type: 'dismiss-signal',
      signal: 'call-to-action',
      scope: 'always',
      place: { conversationId: null },
    },
    { type: 'dismiss-signal', signal: 'call-to-action', scope: 'everywhere' },
    {
      type: 'dismiss-signal',
      signal: 'call-to-action',
      scope: 'recipient',
      place: { conversationId: null, handle: '<b>alice</b>' },
    },
  ],
  'restore-signal': [{ type: 'restore-signal', signal: '', place: { conversationId: null } }],
  'suggest-opener': [{ type: 'suggest-opener', context: { ...ctx, draft: 5 } }],
  'restore-data': [
    { type: 'restore-data' },
    { type: 'restore-data', backup: { ...emptyBackup(), version: 2 } },
    {
      type: 'restore-data',
      backup: {
        ...emptyBackup(),
        sends: [
          {
            account: '',
            recipient: 'sam',
            at: 1,
            verdict: 'send',
            held: false,
            overridden: false,
            fingerprint: 'Hi Sam, here is the text itself',
            links: [],
            signals: [],
          },
        ],
      },
    },
  ],
  'delete-all-data': [],
  'delete-recipient': [
    { type: 'delete-recipient', handle: '../../etc' },
    { type: 'delete-recipient' },
  ],
  'load-ui': [{ type: 'load-ui', file: 'evil.js' }],
  ping: [],
};
const SHAPELESS = [null, undefined, 0, 'ping', [], {}, { type: 'nope' }, { type: ['ping'] }];

describe('who may ask, and what', () => {
  const FROM_CONTENT = new Set([
    'score-draft',
    'mute-conversation',
    'profile-seen',
    'send-recorded',
    'page-status',
    'load-ui',
    'suggest-opener',
  ]);
  /** Sent by the card (content script) and by the popup alike. */
  const FROM_ANY = new Set(['ping', 'dismiss-signal', 'restore-signal']);
  const foreign = { id: 'someotherextensionidaaaaaaaaaaa', url: 'https://evil.example/' };
  const page = {
    id: EXT_ID,
    url: 'https://evil.example/',
    tab: { id: 3, url: 'https://evil.example/' },
  };

  for (const type of Object.keys(VALID) as RequestType[]) {
    it(`${type}: refused from the wrong sender, then malformed payloads refused, worker still answers`, async () => {
      const { deps } = fakeDeps();
      const route = createRouter(handlers, deps, EXT_ID);
      const wrong = FROM_ANY.has(type)
        ? [foreign, page]
        : FROM_CONTENT.has(type)
          ? [popupSender, foreign, page]
          : [contentSender, foreign, page];
      for (const sender of wrong) {
        const r = await route(VALID[type], sender);
        expect(r.ok, `${type} from ${sender.url}`).toBe(false);
        expect((r as { error: string }).error).toMatch(/^rejected "/);
      }
      const right = FROM_CONTENT.has(type) || type === 'ping' ? contentSender : popupSender;
      for (const bad of [...MALFORMED[type], ...SHAPELESS]) {
        const r = await route(bad, right);
        expect(r.ok).toBe(false);
        expect((r as { error: string }).error).toMatch(/^malformed request: \S/);
      }
      expect(await route({ type: 'ping' }, contentSender)).toEqual({
        ok: true,
        data: { pong: true },
      });
    });
  }
});

describe('strict at the edge', () => {
  it('names a misplaced field instead of scoring as if it were absent', async () => {
    // Before: `conversation` was stripped and the thread under it silently ignored, so a
    // customer-service reply was judged as a cold DM.
    const { deps } = fakeDeps();
    const route = createRouter(handlers, deps, EXT_ID);
    const r = await route(
      {
        type: 'score-draft',
        context: { ...ctx, conversation: { messages: [{ from: 'them', text: 'Where is it?' }] } },
      },
      contentSender,
    );
    expect(r).toEqual({
      ok: false,
      error: 'malformed request: context.conversation: unknown field',
    });
  });
});
