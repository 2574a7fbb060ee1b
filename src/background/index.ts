/**
 * The service worker: wiring only. Chrome stops it at any moment, so nothing here holds state
 * that matters: the store (IndexedDB + storage.sync) and storage.session do.
 *
 * Chrome wakes it for a request, and most need no score (a ping, a page's status report, the
 * popup), so its script evaluates nothing heavy: the engine and the store are evaluated on first
 * use (handlers/index.ts, lazy-store.ts), and the reads a score makes start with the first request
 * that scores or once the first reply is out (warm-up.ts). A score never waits for the word vectors
 * (handlers/score-draft.ts); their 5 MB come last. Both tables are used in place (no parsing).
 * Pruning old records waits until the worker has been up a while. Readiness is marked with User
 * Timing (first-line.ts, `worthy:listening`, `worthy:answered`, `worthy:engine`, `worthy:ready`)
 * for `npm run bench`.
 */
// First: marks the first line before the rest is evaluated.
import './first-line';
import type { RequestType } from '../shared/protocol';
import { onCommand } from './commands';
import type { BackgroundDeps } from './deps';
import { handlers, loadDeferred, SCORING_REQUESTS } from './handlers/index';
import { injectUi } from './inject';
import { lazyStore } from './lazy-store';
import { createRouter } from './router';
import { forgetTab, type SessionArea, tabSession } from './session';
import { recordScore, workerStats } from './stats';
import { textModelLoader } from './text-model';
import { vectorLoader } from './vectors';
import { warmUp } from './warm-up';

/** A worker woken without a request (an event) loads the rest after this long. */
const IDLE_WARM_UP_MS = 1_000;
/** Pruning takes a write transaction on the stores a score reads: not in the first moments. */
const PRUNE_DELAY_MS = 10_000;

const stats = workerStats();
/** The store, evaluated on first use (lazy-store.ts): like the engine, a bundled `import()`. */
const storeModule = () => import('./store/index');
const fetchAsset = (path: string) => fetch(chrome.runtime.getURL(path));
const vectors = vectorLoader(fetchAsset, ({ ms, words }) => {
  stats.vectors = { ms, words, readyAfterStartMs: Math.round(performance.now() - stats.startedAt) };
  performance.mark('worthy:vectors', { detail: { ms, words } });
});
const textModel = textModelLoader(fetchAsset);
const warm = warmUp({
  startReads: () => {
    storeModule().then(
      (m) => m.openEarly(),
      () => undefined,
    );
    void textModel.start();
  },
  loadEngine: loadDeferred,
  loadVectors: () => Promise.all([vectors.start(), textModel.start()]),
  onReady: () => performance.mark('worthy:ready'),
});
setTimeout(warm.rest, IDLE_WARM_UP_MS);

const session = chrome.storage.session as unknown as SessionArea;
let scoredWithVectors = false;

const deps: BackgroundDeps = {
  store: lazyStore(async () => (await storeModule()).store),
  session: tabSession(session),
  vectors: async (capMs) => {
    const v = await vectors.get(capMs);
    scoredWithVectors = v !== undefined;
    return v;
  },
  textModel: (capMs) => textModel.get(capMs),
  injectUi,
  detectLanguage: async (text) => {
    const r = await chrome.i18n.detectLanguage(text);
    const top = r.languages[0];
    return top ? { code: top.language, reliable: r.isReliable } : null;
  },
  now: () => Date.now(),
};

const route = createRouter(handlers, deps, chrome.runtime.id);

let answered = false;

/** One request: routed, answered, and the rest warmed up once the reply is out. */
async function answer(message: unknown, sender: chrome.runtime.MessageSender) {
  const t0 = performance.now();
  const type = (message as { type?: unknown } | null)?.type;
  warm.beforeRequest(SCORING_REQUESTS.has(type as RequestType));
  const reply = await route(message, sender);
  if (!answered) {
    answered = true;
    performance.mark('worthy:answered');
  }
  if (type === 'score-draft') {
    if (reply.ok) {
      const engineMs = (reply.data as { verdict?: { elapsedMs?: number } | null })?.verdict
        ?.elapsedMs;
      recordScore(stats, performance.now() - t0, engineMs ?? 0, scoredWithVectors);
    }
  }
  // After this reply is on its way, not before: see warm-up.ts.
  setTimeout(warm.rest, 0);
  return reply;
}

// Chrome's own API, not webextension-polyfill's (store/areas.ts says why): `true` keeps the
// channel open until `sendResponse`. The router turns a handler's failure into a reply; anything
// else that throws still gets one, so the sender (the send gate) never waits in vain.
chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  answer(message, sender).then(sendResponse, (e: unknown) =>
    sendResponse({ ok: false, error: `worker failed: ${e instanceof Error ? e.message : e}` }),
  );
  return true;
});
performance.mark('worthy:listening');

// Expired profiles and old sends go once the worker has been up a while; nothing depends on it.
setTimeout(() => {
  storeModule()
    .then((m) => m.pruneExpired())
    .catch((e) => console.warn('[worthy] pruning memory failed:', e));
}, PRUNE_DELAY_MS);

chrome.tabs.onRemoved.addListener((tabId) => {
  forgetTab(session, tabId).catch(() => {});
});

chrome.commands?.onCommand.addListener(
  onCommand((tabId, message) => chrome.tabs.sendMessage(tabId, message)),
);
