/**
 * Per-tab guidance for the popup, kept in chrome.storage.session: it survives the worker being
 * stopped (module state would not) and is gone when the browser closes.
 */
import { type TabState, tabStateSchema } from '../shared/messages';
import type { TabSession } from './deps';

/** The slice of `chrome.storage.StorageArea` used here (easy to fake in tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;

const EMPTY: Omit<TabState, 'updatedAt'> = {
  draft: '',
  recipient: {},
  verdict: null,
  diagnosis: null,
  paused: false,
  memory: true,
};

interface Waiting {
  patch: Partial<TabState>;
  scoredAt: number | undefined;
  done: Promise<TabState>;
}

export function tabSession(area: SessionArea): TabSession {
  const read = async (tabId: number): Promise<{ state: TabState | null; scoredAt: number }> => {
    const raw = (await area.get(tabKey(tabId)))[tabKey(tabId)];
    if (raw === undefined) return { state: null, scoredAt: 0 };
    const r = tabStateSchema.safeParse(raw);
    const scoredAt = (raw as { scoredAt?: unknown }).scoredAt;
    return {
      // A state from an older version is dropped, not trusted.
      state: r.success ? r.data : null,
      scoredAt: typeof scoredAt === 'number' ? scoredAt : 0,
    };
  };
  // Read-modify-write per tab runs one at a time; otherwise a slow score of an earlier
  // keystroke could land after a newer one. Only an ordering aid: losing it on restart is fine.
  const queues = new Map<number, Promise<unknown>>();
  const serial = <T>(tabId: number, job: () => Promise<T>): Promise<T> => {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
    const tail = run.catch(() => undefined);
    queues.set(tabId, tail);
    tail.then(() => queues.get(tabId) === tail && queues.delete(tabId));
    return run;
  };
  const write = async (tabId: number, patch: Partial<TabState>, scoredAt?: number) => {
    const prev = await read(tabId);
    const base = prev.state ?? { ...EMPTY, updatedAt: 0 };
    // A score that started before the one already stored is stale: keep the newer one.
    if (scoredAt !== undefined && scoredAt < prev.scoredAt) return base;
    const next: TabState = { ...base, ...patch };
    await area.set({
      [tabKey(tabId)]: { ...next, scoredAt: Math.max(scoredAt ?? 0, prev.scoredAt) },
    });
    return next;
  };
  // Scores do not wait for their copy here, so a burst of them must not queue a write each:
  // an update that has not started yet takes in the next one (the tab's latest state is all the
  // popup shows), and at most one write per tab waits behind the running one.
  const waiting = new Map<number, Waiting>();
  return {
    // Queued too, so a read right after an update (the popup, a test) sees that update.
    get: (tabId) => serial(tabId, async () => (await read(tabId)).state),
    update: (tabId, patch, scoredAt) => {
      const queued = waiting.get(tabId);
      if (queued) {
        // An older score finishing later than a newer one is dropped, as `write` would.
        const stale =
          scoredAt !== undefined && queued.scoredAt !== undefined && scoredAt < queued.scoredAt;
        if (!stale) {
          Object.assign(queued.patch, patch);
          if (scoredAt !== undefined) queued.scoredAt = scoredAt;
        }
        return queued.done;
      }
      const entry: Waiting = { patch: { ...patch }, scoredAt, done: Promise.resolve(null!) };
      entry.done = serial(tabId, () => {
        waiting.delete(tabId);
        return write(tabId, entry.patch, entry.scoredAt);
      });
      waiting.set(tabId, entry);
      return entry.done;
    },
  };
}

export function forgetTab(area: SessionArea, tabId: number): Promise<void> {
  return area.remove(tabKey(tabId));
}
