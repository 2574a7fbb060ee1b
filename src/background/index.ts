/**
 * The service worker: wiring only. Chrome stops it at any moment, so nothing here holds state
 * that matters: the store (IndexedDB + storage.sync) and storage.session do.
 *
 * A woken worker's first request is often the send gate's, on a deadline (content/gate.ts), so
 * it must answer at once: the database opens at once (I/O, overlapping the rest), the learned text
 * layer is read from the first line (first-line.ts), and both tables are used in place (no
 * parsing). A score never waits for the word vectors (handlers/score-draft.ts); reading their
 * 5 MB starts once the first reply is out (or after a quiet moment), because on a busy machine
 * reading them alongside the first score made that score miss the gate's deadline. Pruning old
 * records waits until the worker has been up a while. Readiness is marked with User Timing
 * (first-line.ts, `worthy:listening`, `worthy:ready`) for `npm run bench`.
 */
// First: marks the first line and starts reading the tables before the rest is evaluated.
import './first-line';
import browser, { type Runtime } from 'webextension-polyfill';
import { onCommand } from './commands';
import type { BackgroundDeps } from './deps';
import { takeEarly } from './first-line';
import { handlers } from './handlers/index';
import { injectUi } from './inject';
import { createRouter } from './router';
import { forgetTab, type SessionArea, tabSession } from './session';
import { recordScore, workerStats } from './stats';
import { openEarly, pruneExpired, store } from './store/index';
import { textModelLoader } from './text-model';
import { vectorLoader } from './vectors';

/** A worker woken without a request (an event) reads the word vectors after this long. */
const VECTORS_IDLE_START_MS = 1_000;
/** Pruning takes a write transaction on the stores a score reads: not in the first moments. */
const PRUNE_DELAY_MS = 10_000;

const stats = workerStats();
openEarly();
const fetchAsset = (path: string) => takeEarly(path) ?? fetch(chrome.runtime.getURL(path));
const vectors = vectorLoader(fetchAsset, ({ ms, words }) => {
  stats.vectors = { ms, words, readyAfterStartMs: Math.round(performance.now() - stats.startedAt) };
  performance.mark('worthy:vectors', { detail: { ms, words } });
});
const textModel = textModelLoader(fetchAsset);
void textModel.start();
/** Always called from a timer, so after `worthy:listening`: ready is both tables in memory. */
const loadVectorsSoon = (): void => {
  if (vectors.started()) return;
  void Promise.all([vectors.start(), textModel.start()]).then(() =>
    performance.mark('worthy:ready'),
  );
};
setTimeout(loadVectorsSoon, VECTORS_IDLE_START_MS);

const session = chrome.storage.session as unknown as SessionArea;
let scoredWithVectors = false;

const deps: BackgroundDeps = {
  store,
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
  }
  // After this reply is on its way, not before: see the note at the top.
  setTimeout(loadVectorsSoon, 0);
  return reply;
});
performance.mark('worthy:listening');

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
