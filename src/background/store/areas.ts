/**
 * The chrome.storage areas Worthy uses, behind a small interface so tests pass fakes.
 *
 * webextension-polyfill throws when loaded outside an extension; tests `vi.mock` it and call
 * `useStorageAreas(fake)`. A dynamic `import()` is not an option: MV3 service workers reject it.
 */
import browser from 'webextension-polyfill';

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** The part of `browser.storage.StorageArea` Worthy needs. */
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
    sync: browser.storage.sync,
    local: browser.storage.local,
    session: browser.storage.session,
    onChanged: browser.storage.onChanged,
  };
}
