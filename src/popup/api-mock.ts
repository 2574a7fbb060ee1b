/**
 * An in-memory `WorthyApi` for tests and the screenshot harness. Every call is recorded in
 * `calls`, and `emit()` plays the part of the worker updating a tab's guidance.
 */
import { BACKUP_KIND, BACKUP_VERSION, type Backup } from '../shared/backup';
import { without } from '../shared/dismissals';
import type { HistorySummary, TabState } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { applySettingsPatch, withoutMute } from '../shared/settings-patch';
import type { ActiveTab, Result, WorthyApi } from './api';

export interface MockState {
  tab: ActiveTab | null;
  tabState: TabState | null;
  settings: Settings;
  history: HistorySummary;
  exported: Backup;
  /** The last backup handed to `restoreData`. */
  restored: Backup | null;
  /** What `pageReport` answers. */
  pageReport: string;
  /** Makes the named method answer with `{ok: false, error}`. */
  fail: Partial<Record<keyof WorthyApi, string>>;
}

export interface MockApi extends WorthyApi {
  state: MockState;
  calls: { method: keyof WorthyApi; args: unknown[] }[];
  /** Replaces the tab state and notifies subscribers, as the worker would. */
  emit(tabState: TabState | null): void;
}

export const EMPTY_HISTORY: HistorySummary = {
  today: { sent: 0, held: 0, overridden: 0, unchecked: 0 },
  week: { sent: 0, held: 0, overridden: 0, unchecked: 0 },
  dailyBudget: DEFAULT_SETTINGS.engine.dailyBudget,
  perDay: [],
  topSignals: [],
  templates: [],
  storage: { available: true, counts: { profiles: 0, sends: 0 } },
};

export function emptyBackup(): Backup {
  return {
    kind: BACKUP_KIND,
    version: BACKUP_VERSION,
    exportedAt: '2026-03-02T10:00:00.000Z',
    settings: structuredClone(DEFAULT_SETTINGS),
    profiles: [],
    sends: [],
    contacts: [],
    daily: [],
  };
}

export function mockApi(init: Partial<MockState> = {}): MockApi {
  const state: MockState = {
    tab: { id: 1, url: 'https://x.com/messages/1-2' },
    tabState: null,
    settings: structuredClone(DEFAULT_SETTINGS),
    history: structuredClone(EMPTY_HISTORY),
    exported: emptyBackup(),
    restored: null,
    pageReport: 'Worthy page diagnostics\n',
    fail: {},
    ...init,
  };
  const calls: MockApi['calls'] = [];
  const listeners = new Set<() => void>();

  const answer = <T>(
    method: keyof WorthyApi,
    args: unknown[],
    data: () => T,
  ): Promise<Result<T>> => {
    calls.push({ method, args });
    const error = state.fail[method];
    return Promise.resolve(error ? { ok: false, error } : { ok: true, data: data() });
  };

  return {
    state,
    calls,
    emit(tabState) {
      state.tabState = tabState;
      for (const l of listeners) l();
    },
    activeTab: () => {
      calls.push({ method: 'activeTab', args: [] });
      return Promise.resolve(state.tab);
    },
    getTabState: (tabId) => answer('getTabState', [tabId], () => state.tabState),
    getSettings: () => answer('getSettings', [], () => structuredClone(state.settings)),
    patchSettings: (patch) =>
      answer('patchSettings', [patch], () => {
        // As the worker does: the patch over what is stored, not over the popup's copy.
        state.settings = applySettingsPatch(state.settings, structuredClone(patch)) as Settings;
        return structuredClone(state.settings);
      }),
    unmuteConversation: (conversationId) =>
      answer('unmuteConversation', [conversationId], () => {
        state.settings = withoutMute(state.settings, conversationId);
        return structuredClone(state.settings);
      }),
    forgetDismissal: (dismissal) =>
      answer('forgetDismissal', [dismissal], () => {
        state.settings = {
          ...state.settings,
          dismissals: without(state.settings.dismissals, dismissal),
        };
        return structuredClone(state.settings);
      }),
    historySummary: () => answer('historySummary', [], () => state.history),
    exportData: () => answer('exportData', [], () => state.exported),
    restoreData: (backup) =>
      answer('restoreData', [backup], () => {
        state.restored = backup;
        return {
          sends: backup.sends.length,
          profiles: backup.profiles.length,
          contacts: backup.contacts.length,
          days: backup.daily.length,
        };
      }),
    deleteAll: () =>
      answer('deleteAll', [], () => {
        state.history = structuredClone(EMPTY_HISTORY);
        return null;
      }),
    deleteRecipient: (handle) => answer('deleteRecipient', [handle], () => null),
    pageReport: (tabId) => answer('pageReport', [tabId], () => state.pageReport),
    subscribe(tabId, onChange) {
      calls.push({ method: 'subscribe', args: [tabId] });
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
