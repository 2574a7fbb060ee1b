/**
 * The service worker: wiring only. Chrome stops it at any moment, so nothing here holds state
 * that matters: the store (IndexedDB + storage.sync) and storage.session do.
 *
 * A woken worker's first request is often the send gate's, on a deadline (content/gate.ts), so
 * start-up work stays off its path: the database opens at once (I/O, overlapping the rest), the
 * word vectors load only after the first score is answered (parsing them takes 60-150 ms of this
 * thread) or after a quiet second, and pruning old records waits until the worker has been up a
 * while.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { onCommand } from './commands';
import type { BackgroundDeps } from './deps';
import { handlers } from './handlers/index';
import { createRouter } from './router';
import { forgetTab, type SessionArea, tabSession } from './session';
import { recordScore, workerStats } from './stats';
import { openEarly, pruneExpired, store } from './store/index';
import { textModelLoader } from './text-model';
import { vectorLoader } from './vectors';

/** A worker woken without a score (a focus ping) loads the vectors after this long. */
const VECTORS_IDLE_START_MS = 1_000;
/** Pruning takes a write transaction on the stores a score reads: not in the first moments. */
const PRUNE_DELAY_MS = 10_000;

const stats = workerStats();
openEarly();
const vectors = vectorLoader(
  (path) => fetch(chrome.runtime.getURL(path)),
  ({ ms, words }) => {
    stats.vectors = {
      ms,
      words,
      readyAfterStartMs: Math.round(performance.now() - stats.startedAt),
    };
  },
);
// The text layer is used in place (no parsing): fetching it at start costs the gate nothing.
const textModel = textModelLoader((path) => fetch(chrome.runtime.getURL(path)));
void textModel.start();
const loadVectorsSoon = (): void => {
  if (!vectors.started()) setTimeout(() => vectors.start(), 0);
};
setTimeout(loadVectorsSoon, VECTORS_IDLE_START_MS);

const session = chrome.storage.session as unknown as SessionArea;
let scoredWithVectors = false;

const deps: BackgroundDeps = {
  store,
  session: tabSession(session),
  // Until loading has started there is nothing to wait for: score lexically, at once.
  vectors: async (capMs) => {
    const v = vectors.started() ? await vectors.get(capMs) : undefined;
    scoredWithVectors = v !== undefined;
    return v;
  },
  textModel: (capMs) => textModel.get(capMs),
  detectLanguage: async (text) => {
    const r = await chrome.i18n.detectLanguage(text);
    const top = r.languages[0];
    return top ? { code: top.language, reliable: r.isReliable } : null;
  },
  now: () => Date.now(),
};

const route = createRouter(handlers, deps, browser.runtime.id);

// The polyfill sends back whatever the returned promise resolves to.
browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  const t0 = performance.now();
  const reply = await route(message, sender);
  if ((message as { type?: unknown })?.type === 'score-draft') {
    if (reply.ok) {
      const engineMs = (reply.data as { verdict?: { elapsedMs?: number } | null })?.verdict
        ?.elapsedMs;
      recordScore(stats, performance.now() - t0, engineMs ?? 0, scoredWithVectors);
    }
    loadVectorsSoon();
  }
  return reply;
});

// Expired profiles and old sends go once the worker has been up a while; nothing depends on it.
setTimeout(() => {
  pruneExpired().catch((e) => console.warn('[worthy] pruning memory failed:', e));
}, PRUNE_DELAY_MS);

chrome.tabs.onRemoved.addListener((tabId) => {
  forgetTab(session, tabId).catch(() => {});
});

chrome.commands?.onCommand.addListener(
  onCommand((tabId, message) => chrome.tabs.sendMessage(tabId, message)),
);
