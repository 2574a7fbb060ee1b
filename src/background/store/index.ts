/**
 * Worthy's memory: remembered profiles, fingerprints of sends, day counts (IndexedDB) and the
 * user's settings (chrome.storage). Every function opens or reuses the connection itself and
 * keeps no state that matters across a worker restart. Reads and writes fail soft (empty
 * results, no-ops; `storageStatus()` says why); deletions reject when something remains.
 */
import type { BackgroundStore } from '../deps';
import { sendHistory } from './candidates';
import { exportAll } from './export';
import { deleteAll, deleteRecipient } from './maintenance';
import { getProfile, rememberProfile } from './profiles';
import { restoreAll } from './restore';
import { recordSend } from './sends';
import { loadSettings, saveSettings, updateSettings } from './settings-store';
import { memoryAvailable } from './status';
import { historySummary } from './summary';

export {
  type StorageAreaLike,
  type StorageAreas,
  type StorageChange,
  useStorageAreas,
} from './areas';
export {
  EMPTY_HISTORY,
  type HistoryContext,
  type HistoryQuery,
  historyFor,
  PER_KEY,
  PER_RECIPIENT,
  sendHistory,
} from './candidates';
export { forget as closeDatabase, openEarly } from './connection';
export {
  type ContactRecord,
  type DailyRecord,
  DB_NAME,
  DB_VERSION,
  type ProfileRecord,
  type SendRecord,
  type WorthyDB,
} from './db';
export { exportAll } from './export';
export {
  deleteAll,
  deleteRecipient,
  type Pruned,
  pruneExpired,
  SEND_RETENTION_DAYS,
} from './maintenance';
export { getProfile, type ProfileInput, rememberProfile } from './profiles';
export { restoreAll } from './restore';
export { recipientKeyOf, recordSend, type SendInput, sendsTo } from './sends';
export {
  exportSettingsFile,
  importSettingsFile,
  loadSettings,
  onSettingsChanged,
  patchSettings,
  SETTINGS_KEY,
  saveSettings,
  updateSettings,
} from './settings-store';
export { memoryAvailable, type StorageStatus, storageStatus } from './status';
export { historySummary } from './summary';

/** The store as the worker's handlers take it (deps.ts), so the contract is checked here. */
export const store = {
  rememberProfile,
  getProfile,
  recordSend,
  sendHistory,
  historySummary,
  exportAll,
  restoreAll,
  deleteAll,
  deleteRecipient,
  loadSettings,
  saveSettings,
  updateSettings,
  memory: memoryAvailable,
} satisfies BackgroundStore;
