/** Shared setup for the store tests: a fresh fake IndexedDB and fake chrome.storage areas. */
import { IDBFactory } from 'fake-indexeddb';
import {
  closeDatabase,
  type SendInput,
  type StorageAreaLike,
  type StorageAreas,
  type StorageChange,
  useStorageAreas,
} from '../../../src/background/store';
import { read } from '../../../src/background/store/connection';
import type { SendRecord } from '../../../src/background/store/db';
import { fingerprint, linkHashes } from '../../../src/engine/text/fingerprint';

type Listener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface FakeArea extends StorageAreaLike {
  data: Map<string, unknown>;
  /** Makes `set` throw like Chrome when one item is larger than this many bytes. */
  itemLimit?: number;
  failWith?: Error;
}

export interface FakeAreas extends StorageAreas {
  sync: FakeArea;
  local: FakeArea;
  session: FakeArea;
}

function fakeArea(name: string, listeners: Set<Listener>): FakeArea {
  const emit = (changes: Record<string, StorageChange>) => {
    if (Object.keys(changes).length) for (const l of listeners) l(changes, name);
  };
  const area: FakeArea = {
    data: new Map(),
    async get(keys) {
      const list = keys == null ? [...area.data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of list) if (area.data.has(k)) out[k] = structuredClone(area.data.get(k));
      return out;
    },
    async set(items) {
      if (area.failWith) throw area.failWith;
      for (const v of Object.values(items)) {
        if (area.itemLimit !== undefined && JSON.stringify(v).length > area.itemLimit) {
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
      }
      const changes: Record<string, StorageChange> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: area.data.get(k), newValue: v };
        area.data.set(k, structuredClone(v));
      }
      emit(changes);
    },
    async remove(keys) {
      const changes: Record<string, StorageChange> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (area.data.has(k)) changes[k] = { oldValue: area.data.get(k) };
        area.data.delete(k);
      }
      emit(changes);
    },
    async clear() {
      if (area.failWith) throw area.failWith;
      await area.remove([...area.data.keys()]);
    },
  };
  return area;
}

export function fakeAreas(): FakeAreas {
  const listeners = new Set<Listener>();
  return {
    sync: fakeArea('sync', listeners),
    local: fakeArea('local', listeners),
    session: fakeArea('session', listeners),
    onChanged: {
      addListener: (l) => listeners.add(l),
      removeListener: (l) => listeners.delete(l),
    },
  };
}

/** A fresh empty IndexedDB and fresh storage areas for each test. */
export function freshStore(): FakeAreas {
  closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  const areas = fakeAreas();
  useStorageAreas(areas);
  return areas;
}

/** Every record in every store of the `worthy` database, read with the raw API. */
export async function rawDump(): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const req = indexedDB.open('worthy');
    // No database yet: abort rather than create an empty version 1 by looking.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => (req.error?.name === 'AbortError' ? resolve(null) : reject(req.error));
  });
  if (!db) return {};
  const out: Record<string, unknown[]> = {};
  for (const name of db.objectStoreNames) {
    out[name] = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  db.close();
  return out;
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** Noon local time on a fixed day, so "today" never straddles midnight in a test. */
export const NOON = new Date(2025, 5, 18, 12, 0, 0).getTime();

/** A send as the worker would build it from a draft. */
export function sendOf(
  recipient: string,
  text: string,
  at: number,
  extra: Partial<SendInput> = {},
): SendInput {
  return {
    recipient,
    at,
    verdict: 'send',
    held: false,
    overridden: false,
    fingerprint: fingerprint(text, { names: [recipient] }),
    links: linkHashes(text),
    conversationId: null,
    ...extra,
  };
}

/** Every stored send, through the store's own connection (opening it runs any upgrade). */
export function storedSends(): Promise<SendRecord[]> {
  return read([] as SendRecord[], (conn) => conn.getAll('sends'));
}
