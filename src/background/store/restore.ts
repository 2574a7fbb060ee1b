/**
 * Restoring a backup (shared/backup.ts) replaces everything Worthy keeps on this device with the
 * file's contents. All four stores are rewritten in one IndexedDB transaction, so a failure
 * (quota, a worker stopped halfway) leaves the old data exactly as it was; the settings, which
 * live in chrome.storage, are put back as they were if the transaction fails.
 */
import type { Backup, RestoreSummary } from '../../shared/backup';
import { commit, db, lastFailure } from './connection';
import { contactsOf } from './contacts';
import type { SendRecord } from './db';
import { indexFields } from './keys';
import { loadSettings, saveSettings } from './settings-store';

/** The file's sends as records, their index fields rebuilt here, never taken from the file. */
export function sendRecordsOf(backup: Backup): SendRecord[] {
  return backup.sends.map((s) => ({
    ...s,
    ...indexFields(s.account, s.at, s.fingerprint, s.links),
  }));
}

export async function restoreAll(backup: Backup): Promise<RestoreSummary> {
  const sends = sendRecordsOf(backup);
  const contacts = contactsOf(sends, backup.contacts);
  const conn = await db();
  if (!conn) {
    throw new Error(`stored memory could not be opened (${lastFailure() ?? 'unknown reason'})`);
  }
  const previous = await loadSettings();
  await saveSettings(backup.settings);
  try {
    const tx = conn.transaction(['profiles', 'sends', 'contacts', 'daily'], 'readwrite');
    await commit(tx, async () => {
      const stores = {
        profiles: tx.objectStore('profiles'),
        sends: tx.objectStore('sends'),
        contacts: tx.objectStore('contacts'),
        daily: tx.objectStore('daily'),
      };
      await Promise.all(Object.values(stores).map((s) => s.clear()));
      // Queued without waiting one by one: the transaction pipelines them. Each request has a
      // handler at once, so if a later one throws (and the transaction aborts) the earlier
      // ones' rejections are not left unhandled.
      const queued: Promise<unknown>[] = [];
      const queue = (request: Promise<unknown>): void => {
        request.catch(() => undefined);
        queued.push(request);
      };
      for (const p of backup.profiles) queue(stores.profiles.put(p));
      for (const s of sends) queue(stores.sends.add(s));
      for (const c of contacts) queue(stores.contacts.put(c));
      for (const d of backup.daily) queue(stores.daily.put(d));
      await Promise.all(queued);
    });
  } catch (e) {
    await saveSettings(previous).catch(() => undefined);
    const why = (e as Error)?.message ?? String(e);
    throw new Error(`nothing was restored, your data is as it was (${why})`);
  }
  return {
    sends: sends.length,
    profiles: backup.profiles.length,
    contacts: contacts.length,
    days: backup.daily.length,
  };
}
