import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  closeDatabase,
  deleteAll,
  deleteRecipient,
  exportAll,
  getProfile,
  historySummary,
  memoryAvailable,
  pruneExpired,
  recordSend,
  rememberProfile,
  storageStatus,
} from '../../../src/background/store';
import { type FakeAreas, freshStore, NOON, sendOf, storedSends } from './helpers';

let areas: FakeAreas;

beforeEach(() => {
  areas = freshStore();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('quota exceeded', () => {
  it('drops the write, keeps going, and says memory is off until a write succeeds', async () => {
    await recordSend(sendOf('a', 'first', NOON));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(recordSend(sendOf('b', 'second', NOON))).resolves.toBeUndefined();
    await expect(rememberProfile({ handle: 'b', posts: ['x'] }, NOON)).resolves.toBeUndefined();
    const status = await storageStatus();
    expect(status.available).toBe(false);
    expect(status.reason).toMatch(/storage is full \(quota exceeded\)/);
    expect(await memoryAvailable()).toBe(false);
    expect((await historySummary(NOON)).storage.available).toBe(false);
    // Reads still work; the failed send left nothing half-written (its day count was rolled back).
    // Before giving up, the quota error evicted the oldest record (evict.ts): the send to 'a'.
    expect((await storedSends()).map((s) => s.recipient)).toEqual([]);
    expect((await historySummary(NOON)).today.sent).toBe(1);

    put.mockRestore();
    await recordSend(sendOf('c', 'third', NOON));
    expect(await storageStatus()).toMatchObject({ available: true, counts: { sends: 1 } });
  });

  it('treats a quota error from add() the same way', async () => {
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await recordSend(sendOf('a', 'first', NOON));
    expect((await storageStatus()).reason).toMatch(/quota/);
    add.mockRestore();
  });
});

describe('IndexedDB unavailable', () => {
  it('answers with empty results and no-ops, and storageStatus explains', async () => {
    closeDatabase();
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a context without IndexedDB.
    delete globalThis.indexedDB;
    try {
      await expect(rememberProfile({ handle: 'sam', posts: [] }, NOON)).resolves.toBeUndefined();
      await expect(recordSend(sendOf('sam', 'hi', NOON))).resolves.toBeUndefined();
      expect(await getProfile('sam', NOON)).toBeNull();
      expect(await storedSends()).toEqual([]);
      expect(await pruneExpired(NOON)).toEqual({ profiles: 0, sends: 0, contacts: 0, days: 0 });
      const summary = await historySummary(NOON);
      expect(summary.week).toEqual({ sent: 0, held: 0, overridden: 0, unchecked: 0 });
      expect(summary.storage).toEqual({
        available: false,
        reason: 'Memory is off: IndexedDB is not available here. Guidance still works.',
        counts: { profiles: 0, sends: 0 },
      });
      expect(await memoryAvailable()).toBe(false);
      const data = await exportAll(NOON);
      expect(data).toMatchObject({ profiles: [], sends: [], daily: [] });
      await expect(deleteRecipient('sam')).resolves.toBeUndefined();
      await areas.sync.set({ settings: {} });
      await expect(deleteAll()).resolves.toBeUndefined();
      expect(areas.sync.data.size).toBe(0);
    } finally {
      globalThis.indexedDB = saved;
    }
    // Back once IndexedDB is.
    await recordSend(sendOf('sam', 'hi', NOON));
    expect(await storageStatus()).toMatchObject({ available: true, counts: { sends: 1 } });
  });

  it('fails soft when open throws', async () => {
    closeDatabase();
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('private mode', 'InvalidStateError');
    });
    expect(await storedSends()).toEqual([]);
    const status = await storageStatus();
    expect(status.available).toBe(false);
    expect(status.reason).toContain('InvalidStateError: private mode');
    // The user asked for deletion and it could not be checked: say so rather than claim success.
    await expect(deleteAll()).rejects.toThrow(/could not be opened/);
  });

  it('reports a blocked upgrade as memory off, and recovers once the blocker closes', async () => {
    // An old page still holds version 1 open and ignores requests to close.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('worthy', 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('profiles', { keyPath: 'handle' });
        req.result.createObjectStore('sends', { keyPath: 'id', autoIncrement: true });
      };
      req.onsuccess = () => resolve(req.result);
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const pending = storedSends();
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setImmediate(r));
        vi.advanceTimersByTime(500);
      }
      expect(await pending).toEqual([]);
      expect((await storageStatus({ estimate: false })).reason).toMatch(
        /blocked by another Worthy page/,
      );
    } finally {
      vi.useRealTimers();
    }
    old.close();
    await vi.waitFor(async () => expect(await memoryAvailable()).toBe(true));
    await recordSend(sendOf('sam', 'hi', NOON));
    expect((await storedSends()).map((s) => s.recipient)).toEqual(['sam']);
  });
});
