/**
 * Restoring a backup (shared/backup.ts) replaces everything Worthy keeps on this device with the
 * file's contents. All four stores are rewritten in one IndexedDB transaction, so a failure
 * (quota, a worker stopped halfway) leaves the old data exactly as it was; the settings, which
 * live in chrome.storage, are put back as they were if the transaction fails.
 */
import { unwrap } from 'idb';
import type { Backup, RestoreSummary } from '../../shared/backup';
import { commit, db, lastFailure } from './connection';
import { contactsOf } from './contacts';
import type { SendRecord } from './db';
import { indexFields } from './keys';
import { loadSettings, saveSettings } from './settings-store';

/**
 * The file's sends as records, oldest first (the band index walks a key's sends backwards in the
 * order they were written: candidates.ts), their index fields rebuilt here, never taken from the
 * file.
 */
export function sendRecordsOf(backup: Backup): SendRecord[] {
  return [...backup.sends]
    .sort((a, b) => a.at - b.at)
    .map((s) => ({ ...s, ...indexFields(s.account, s.at, s.fingerprint, s.links) }));
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
      // Tens of thousands of writes: queued on the plain IndexedDB stores, with no promise per
      // request. The transaction runs them in order; one failing fails the transaction, and
      // `commit` then rejects with it and nothing is written.
      const raw = {
        profiles: unwrap(stores.profiles),
        sends: unwrap(stores.sends),
        contacts: unwrap(stores.contacts),
        daily: unwrap(stores.daily),
      };
      for (const p of backup.profiles) raw.profiles.put(p);
      for (const s of sends) raw.sends.add(s);
      for (const c of contacts) raw.contacts.put(c);
      for (const d of backup.daily) raw.daily.put(d);
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
