/**
 * Everything the popup needs from the extension, as one interface. The views only ever see a
 * `WorthyApi`, so they run against `api-mock.ts` in tests and in the screenshot harness, and
 * against `api-extension.ts` (runtime messages to the service worker) in the real popup.
 */

import type { Backup, RestoreSummary } from '../shared/backup';
import type { Dismissal } from '../shared/dismissals';
import type { HistorySummary, TabState } from '../shared/messages';
import type { Result } from '../shared/messaging';
import type { Settings } from '../shared/settings';
import type { SettingsPatch } from '../shared/settings-patch';

export type { Result };

/** The tab the popup was opened over. `url` is undefined where Chrome hides it (non-x.com). */
export interface ActiveTab {
  id: number;
  url: string | undefined;
}

export interface WorthyApi {
  /** The active tab of the current window, or null (e.g. a devtools window). */
  activeTab(): Promise<ActiveTab | null>;
  /** The latest guidance for a tab; `data` is null when Worthy has seen nothing there yet. */
  getTabState(tabId: number): Promise<Result<TabState | null>>;
  getSettings(): Promise<Result<Settings>>;
  /**
   * Saves the fields in `patch` (only those: the worker applies them to what is stored) and
   * answers with the settings as stored after.
   */
  patchSettings(patch: SettingsPatch): Promise<Result<Settings>>;
  /** Turns Worthy back on in one muted conversation; answers with the stored settings. */
  unmuteConversation(conversationId: string): Promise<Result<Settings>>;
  /** Removes exactly one "not an issue here" choice from the list as stored now. */
  forgetDismissal(dismissal: Dismissal): Promise<Result<Settings>>;
  historySummary(): Promise<Result<HistorySummary>>;
  /** Everything Worthy stores, as a backup file (shared/backup.ts) for the user's own download. */
  exportData(): Promise<Result<Backup>>;
  /** Replaces everything stored with a backup (already checked by `parseBackupFile`). */
  restoreData(backup: Backup): Promise<Result<RestoreSummary>>;
  deleteAll(): Promise<Result<null>>;
  deleteRecipient(handle: string): Promise<Result<null>>;
  /**
   * "Copy page diagnostics": the report the tab's content script makes of the page
   * (sites/x/page-report.ts), with none of the page's text, ids or handles.
   */
  pageReport(tabId: number): Promise<Result<string>>;
  /**
   * Calls `onChange` whenever the tab's guidance may have changed, until the returned function is
   * called. The popup re-fetches on each call.
   */
  subscribe(tabId: number, onChange: () => void): () => void;
}

export { isXUrl } from '../shared/x-hosts';
