/**
 * The chrome.storage areas Worthy uses, behind a small interface so tests pass fakes
 * (`useStorageAreas`). The worker reads `chrome.storage` itself, whose methods return promises in
 * Manifest V3, rather than through webextension-polyfill: evaluating the polyfill took about 6 ms
 * of every cold wake in Chromium (docs/budgets.md), and the worker needs nothing else from it.
 */

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** The part of `chrome.storage.StorageArea` Worthy needs. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

export interface StorageAreas {
  /** Small settings that follow the user's Chrome profile (8 KB per item, 100 KB total). */
  sync: StorageAreaLike;
  /** This device only. */
  local: StorageAreaLike;
  /** In memory until the browser closes (per-tab state). Missing in some browsers. */
  session?: StorageAreaLike | undefined;
  onChanged: {
    addListener(cb: (changes: Record<string, StorageChange>, areaName: string) => void): void;
    removeListener(cb: (changes: Record<string, StorageChange>, areaName: string) => void): void;
  };
}

let injected: StorageAreas | null = null;

/** Tests (and anything embedding the store elsewhere) swap the areas; null restores the browser's. */
export function useStorageAreas(areas: StorageAreas | null): void {
  injected = areas;
}

export function storageAreas(): StorageAreas {
  if (injected) return injected;
  return {
    sync: chrome.storage.sync,
    local: chrome.storage.local,
    session: chrome.storage.session,
    onChanged: chrome.storage.onChanged,
  };
}
