/** The one handler map: every request type, one small function each. */
import type { RequestType } from '../../shared/protocol';
import type { HandlerMap } from '../router';
import { dismissSignal, forgetDismissal, restoreSignal } from './dismiss';
import { loadUi, pageStatus, profileSeen } from './page';
import {
  deleteAllData,
  deleteRecipient,
  exportData,
  getHistorySummary,
  getSettings,
  getTabState,
  muteConversation,
  patchSettings,
  restoreData,
  unmuteConversation,
} from './popup';

/** User Timing mark set when the deferred handlers have been evaluated (`npm run bench`). */
export const ENGINE_MARK = 'worthy:engine';

let deferred: Promise<typeof import('./deferred')> | undefined;

/**
 * The handlers that fingerprint drafts or run the engine (deferred.ts), evaluated on first call.
 * The worker ships as one classic script (scripts/build/script-bundle.ts), where the bundler turns
 * this `import()` into a function that evaluates those modules when called; a real `import()` is
 * refused in a classic service worker, and the package policy refuses a worker with any left. So
 * a wake that needs no score (a ping, a page's status report, the popup) is answered without
 * evaluating the engine: about 40 ms of a 90 ms start in Chromium (docs/budgets.md). A score
 * request pays it instead, as it did before.
 */
export function loadDeferred(): Promise<typeof import('./deferred')> {
  deferred ??= import('./deferred').then((m) => {
    performance.mark(ENGINE_MARK);
    return m;
  });
  return deferred;
}

/** The requests whose handlers run the engine. */
export const SCORING_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'score-draft',
  'suggest-opener',
]);

export const handlers: HandlerMap = {
  'score-draft': async (req, ctx) => (await loadDeferred()).scoreDraft(req, ctx),
  'profile-seen': profileSeen,
  'send-recorded': async (req, ctx) => (await loadDeferred()).sendRecorded(req, ctx),
  'page-status': pageStatus,
  'load-ui': loadUi,
  'get-tab-state': getTabState,
  'get-settings': getSettings,
  'patch-settings': patchSettings,
  'mute-conversation': muteConversation,
  'unmute-conversation': unmuteConversation,
  'get-history-summary': getHistorySummary,
  'export-data': exportData,
  'restore-data': restoreData,
  'delete-all-data': deleteAllData,
  'delete-recipient': deleteRecipient,
  'dismiss-signal': dismissSignal,
  'forget-dismissal': forgetDismissal,
  'restore-signal': restoreSignal,
  'suggest-opener': async (req, ctx) => (await loadDeferred()).suggestOpenerFor(req, ctx),
  ping: () => ({ pong: true as const }),
};
