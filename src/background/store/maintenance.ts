/**
 * Forgetting: on the user's request (everything, or one recipient) and by age.
 *
 * Deletion is the one place that does not fail silently: if the user asked to delete and
 * something remains, the promise rejects with what, so the popup can say so rather than
 * claim it is done. With no IndexedDB at all there is nothing stored there to delete.
 */

import { storageAreas } from './areas';
import { commit, db, lastFailure, write } from './connection';
import { DAY_MS, localDay } from './days';
import type { WorthyDatabase } from './db';
import { deleteWalked } from './evict';
import { isRecipientKey, normHandle } from './records';
import { everySendTo } from './sends';

/** Sends feed pace and first-contact signals; older than this they no longer matter. */
export const SEND_RETENTION_DAYS = 90;
/** Day counts are anonymous but still history: kept as long as sends. */
export const DAILY_RETENTION_DAYS = 90;

async function dbForDeletion(): Promise<WorthyDatabase | null> {
  if (typeof indexedDB === 'undefined') return null;
  const conn = await db();
  if (!conn) throw new Error(`stored memory could not be opened (${lastFailure() ?? 'unknown'})`);
  return conn;
}

function message(e: unknown): string {
  return (e as Error)?.message ?? String(e);
}

/** Empties every store and every chrome.storage area Worthy writes to. */
export async function deleteAll(): Promise<void> {
  const problems: string[] = [];
  try {
    const conn = await dbForDeletion();
    if (conn) {
      const tx = conn.transaction(['profiles', 'sends', 'contacts', 'daily'], 'readwrite');
      await commit(tx, async () => {
        await tx.objectStore('profiles').clear();
        await tx.objectStore('sends').clear();
        await tx.objectStore('contacts').clear();
        await tx.objectStore('daily').clear();
      });
    }
  } catch (e) {
    problems.push(message(e));
  }
  // Only Worthy writes to its own storage areas, so clearing them removes exactly its keys:
  // settings (sync, or local when too big) and per-tab state holding the last draft (session).
  const areas = storageAreas();
  for (const [name, area] of Object.entries({
    sync: areas.sync,
    local: areas.local,
    session: areas.session,
  })) {
    try {
      await area?.clear();
    } catch (e) {
      problems.push(`chrome.storage.${name}: ${message(e)}`);
    }
  }
  if (problems.length) throw new Error(`Some data could not be deleted: ${problems.join('; ')}`);
}

/**
 * Forgets one recipient: their profile, every send to them and their contact records, from
 * every account. Day counts stay (no names).
 */
export async function deleteRecipient(handle: string): Promise<void> {
  const key = normHandle(handle);
  if (!isRecipientKey(key)) return;
  const conn = await dbForDeletion();
  if (!conn) return;
  const tx = conn.transaction(['profiles', 'sends', 'contacts'], 'readwrite');
  await commit(tx, async () => {
    await tx.objectStore('profiles').delete(key);
    await deleteWalked(
      await tx.objectStore('sends').index('by-recipient').openCursor(everySendTo(key)),
    );
    await deleteWalked(await tx.objectStore('contacts').index('by-recipient').openCursor(key));
  });
}

export interface Pruned {
  profiles: number;
  sends: number;
  contacts: number;
  days: number;
}

/**
 * Deletes expired profiles, sends past retention, contacts with no send left in retention and
 * old day counts. Safe to run any time.
 */
export async function pruneExpired(now = Date.now()): Promise<Pruned> {
  return write({ profiles: 0, sends: 0, contacts: 0, days: 0 }, async (conn) => {
    const tx = conn.transaction(['profiles', 'sends', 'contacts', 'daily'], 'readwrite');
    return commit(tx, async () => {
      const before = IDBKeyRange.upperBound(now - SEND_RETENTION_DAYS * DAY_MS, true);
      const out = {
        profiles: await deleteWalked(
          await tx
            .objectStore('profiles')
            .index('by-expires')
            .openCursor(IDBKeyRange.upperBound(now)),
        ),
        sends: await deleteWalked(await tx.objectStore('sends').index('by-at').openCursor(before)),
        contacts: await deleteWalked(
          await tx.objectStore('contacts').index('by-last').openCursor(before),
        ),
        days: 0,
      };
      // Day keys are 'YYYY-MM-DD', so string order is date order.
      const oldDays = IDBKeyRange.upperBound(localDay(now - DAILY_RETENTION_DAYS * DAY_MS), true);
      const daily = tx.objectStore('daily');
      out.days = await daily.count(oldDays);
      await daily.delete(oldDays);
      return out;
    });
  });
}
