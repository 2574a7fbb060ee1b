/** Whether memory is on, why not when it is off, and how much is kept: for the popup. */
import { db, lastFailure } from './connection';

export interface StorageStatus {
  available: boolean;
  /** A plain sentence for the user when memory is off. */
  reason?: string;
  counts: { profiles: number; sends: number };
  /** `navigator.storage.estimate()` for the extension's origin, where the browser offers it. */
  estimate?: { usage?: number; quota?: number };
}

async function estimate(): Promise<StorageStatus['estimate']> {
  try {
    const e = await globalThis.navigator?.storage?.estimate?.();
    return e ? { usage: e.usage, quota: e.quota } : undefined;
  } catch {
    return undefined;
  }
}

export async function storageStatus(opts: { estimate?: boolean } = {}): Promise<StorageStatus> {
  const conn = await db();
  let counts = { profiles: 0, sends: 0 };
  if (conn) {
    try {
      const [profiles, sends] = await Promise.all([conn.count('profiles'), conn.count('sends')]);
      counts = { profiles, sends };
    } catch (e) {
      console.warn('worthy: counting stored records failed', e);
    }
  }
  const reason = lastFailure();
  const out: StorageStatus = { available: conn !== null && reason === null, counts };
  if (reason) out.reason = `Memory is off: ${reason}. Guidance still works.`;
  if (opts.estimate !== false) {
    const e = await estimate();
    if (e) out.estimate = e;
  }
  return out;
}

/** True while profiles and sends are being remembered. */
export async function memoryAvailable(): Promise<boolean> {
  return (await db()) !== null && lastFailure() === null;
}
