/**
 * What the handlers need from the outside world, as one interface: the store (idb + sync
 * settings), per-tab session state, the language detector, the word vectors and the clock.
 * index.ts wires the real ones; unit tests pass fakes. Nothing here keeps state that must
 * survive a worker restart: the store and chrome.storage.session do.
 */
import type { WordVectors } from '../engine/relevance/word-vectors';
import type { TextModel } from '../engine/text-model/model';
import type { Backup, RestoreSummary } from '../shared/backup';
import type {
  HistorySummary,
  ProfileSnapshotMessage,
  TabState,
  VerdictMessage,
} from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { HistoryContext, HistoryQuery } from './store/candidates';
import type { SendInput } from './store/sends';

/** A remembered recipient profile (what the user saw on their profile page). */
export interface RememberedProfile {
  handle: string;
  name?: string | undefined;
  bio?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  posts: string[];
}

export type { HistoryContext, HistoryQuery, SendInput };

export interface BackgroundStore {
  rememberProfile(p: ProfileSnapshotMessage, now: number): Promise<void>;
  getProfile(handle: string, now: number): Promise<RememberedProfile | null>;
  recordSend(r: SendInput): Promise<void>;
  /** The candidates and counts a score needs; reads a bounded number of indexed entries. */
  sendHistory(q: HistoryQuery): Promise<HistoryContext>;
  historySummary(now: number): Promise<HistorySummary>;
  exportAll(): Promise<Backup>;
  /** Replaces everything stored with the backup; all or nothing. */
  restoreAll(backup: Backup): Promise<RestoreSummary>;
  deleteAll(): Promise<void>;
  deleteRecipient(handle: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  /** Replaces the settings whole (a backup restored); queued with `updateSettings`. */
  saveSettings(s: Settings): Promise<Settings>;
  /**
   * The one way handlers change settings: `change` gets the settings as stored when its turn
   * comes (writes are queued), so concurrent changes never overwrite each other.
   */
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  /** False when IndexedDB is unavailable and the store fell back to memory. */
  memory(): Promise<boolean>;
}

/** Per-tab state for the popup, in chrome.storage.session (survives worker restarts). */
export interface TabSession {
  get(tabId: number): Promise<TabState | null>;
  /**
   * Merges `patch` into the tab's state. With `scoredAt` (when the score started), a result
   * older than the one already stored is dropped, so the popup shows the newest draft's verdict.
   */
  update(tabId: number, patch: Partial<TabState>, scoredAt?: number): Promise<TabState>;
}

export interface BackgroundDeps {
  store: BackgroundStore;
  session: TabSession;
  /** The vectors if they are ready within `capMs`, else undefined (score lexically). */
  vectors(capMs: number): Promise<WordVectors | undefined>;
  /** The learned text layer if ready within `capMs`, else undefined (its signal stays silent). */
  textModel?(capMs: number): Promise<TextModel | undefined>;
  /**
   * Runs the overlay script in a frame of an x.com tab (`chrome.scripting`, inject.ts); absent
   * where scripts cannot be injected (unit tests that do not need it).
   */
  injectUi?: (tabId: number, frameId: number) => Promise<void>;
  /** `chrome.i18n.detectLanguage`, or undefined where unavailable. */
  detectLanguage?: (text: string) => Promise<{ code: string; reliable: boolean } | null>;
  now(): number;
}

export type { VerdictMessage };
