/**
 * The real `WorthyApi`: requests to the service worker over the protocol in shared/messages.ts.
 * `request()` never throws; a sleeping or broken worker comes back as `{ok: false, error}`.
 */
import browser from 'webextension-polyfill';
import { request } from '../shared/messaging';
import type { TabMessage, TabReplies } from '../shared/tab-messages';
import type { ActiveTab, WorthyApi } from './api';

/** Matches `tabKey` in background/session.ts: where the worker keeps a tab's guidance. */
const tabKey = (tabId: number) => `tab:${tabId}`;
const POLL_MS = 1_000;
/** Export, restore and delete touch every record: allow for a large history. */
const BULK = { timeoutMs: 60_000 };

type SessionChanged = {
  addListener(cb: SessionListener): void;
  removeListener(cb: SessionListener): void;
};
type SessionListener = (changes: Record<string, unknown>) => void;

function sessionOnChanged(): SessionChanged | undefined {
  // The polyfill does not wrap storage.session; its onChanged event needs no promise wrapping.
  return (globalThis as { chrome?: { storage?: { session?: { onChanged?: SessionChanged } } } })
    .chrome?.storage?.session?.onChanged;
}

export function extensionApi(): WorthyApi {
  return {
    async activeTab(): Promise<ActiveTab | null> {
      try {
        // `?tab=<id>` (e2e, or the popup opened as a page): show that tab instead of the active one.
        const forced = Number(new URLSearchParams(globalThis.location?.search ?? '').get('tab'));
        const tab =
          Number.isInteger(forced) && forced > 0
            ? await browser.tabs.get(forced)
            : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
        if (tab?.id === undefined) return null;
        // Fix (hardening e2e): with only the "storage" permission Chrome hides every tab's URL,
        // x.com included, so the Now tab always showed the intro. The worker keeps guidance only
        // for tabs the content script reported from (x.com / twitter.com), so such a tab counts.
        if (tab.url === undefined) {
          const known = await request({ type: 'get-tab-state', tabId: tab.id });
          if (known.ok && known.data) return { id: tab.id, url: 'https://x.com/' };
        }
        return { id: tab.id, url: tab.url };
      } catch {
        return null;
      }
    },
    getTabState: (tabId) => request({ type: 'get-tab-state', tabId }),
    getSettings: () => request({ type: 'get-settings' }),
    patchSettings: (patch) => request({ type: 'patch-settings', patch }),
    unmuteConversation: (conversationId) =>
      request({ type: 'unmute-conversation', conversationId }),
    forgetDismissal: (dismissal) => request({ type: 'forget-dismissal', dismissal }),
    historySummary: () => request({ type: 'get-history-summary' }),
    exportData: () => request({ type: 'export-data' }, BULK),
    restoreData: (backup) => request({ type: 'restore-data', backup }, BULK),
    deleteAll: () => request({ type: 'delete-all-data' }, BULK),
    deleteRecipient: (handle) => request({ type: 'delete-recipient', handle }),
    async pageReport(tabId) {
      try {
        const message: TabMessage = { type: 'page-report' };
        const r = (await browser.tabs.sendMessage(tabId, message)) as
          | TabReplies['page-report']
          | undefined;
        return typeof r?.report === 'string'
          ? { ok: true, data: r.report }
          : { ok: false, error: 'the page did not answer (reload it and try again)' };
      } catch (e) {
        return { ok: false, error: `the page did not answer: ${(e as Error)?.message ?? e}` };
      }
    },
    subscribe(tabId, onChange) {
      const event = sessionOnChanged();
      if (event) {
        const listener: SessionListener = (changes) => {
          if (tabKey(tabId) in changes) onChange();
        };
        event.addListener(listener);
        return () => event.removeListener(listener);
      }
      // No session-storage events here (older Chrome, or a test page): poll instead.
      const timer = setInterval(onChange, POLL_MS);
      return () => clearInterval(timer);
    },
  };
}
