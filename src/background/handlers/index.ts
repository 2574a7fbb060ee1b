/** The one handler map: every request type, one small function each. */
import type { HandlerMap } from '../router';
import { dismissSignal, forgetDismissal, restoreSignal } from './dismiss';
import { suggestOpenerFor } from './opener';
import { loadUi, pageStatus, profileSeen, sendRecorded } from './page';
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
import { scoreDraft } from './score-draft';

export const handlers: HandlerMap = {
  'score-draft': scoreDraft,
  'profile-seen': profileSeen,
  'send-recorded': sendRecorded,
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
  'suggest-opener': suggestOpenerFor,
  ping: () => ({ pong: true as const }),
};
