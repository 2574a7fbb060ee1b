/**
 * The service worker: wiring only. Chrome stops it at any moment, so nothing here holds state
 * that matters: the store (IndexedDB + storage.sync) and storage.session do. The word vectors
 * start loading at once; the first scores go ahead without them if they are not ready in time.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { BackgroundDeps } from './deps';
import { handlers } from './handlers/index';
import { createRouter } from './router';
import { forgetTab, type SessionArea, tabSession } from './session';
import { recordScore, workerStats } from './stats';
import { pruneExpired, store } from './store/index';
import { vectorLoader } from './vectors';

const stats = workerStats();
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
vectors.start();

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
  if ((message as { type?: unknown })?.type === 'score-draft' && reply.ok) {
    const engineMs = (reply.data as { verdict?: { elapsedMs?: number } | null })?.verdict
      ?.elapsedMs;
    recordScore(stats, performance.now() - t0, engineMs ?? 0, scoredWithVectors);
  }
  return reply;
});

// Expired profiles and old sends go when the worker starts; nothing depends on it finishing.
pruneExpired().catch((e) => console.warn('[worthy] pruning memory failed:', e));

chrome.tabs.onRemoved.addListener((tabId) => {
  forgetTab(session, tabId).catch(() => {});
});
