/**
 * Everything Worthy keeps, as a backup file (shared/backup.ts, docs/backup-format.md): the user's
 * copy of their data, and what "Restore from a backup" reads back on another machine.
 */
import { BACKUP_KIND, BACKUP_VERSION, type Backup, type BackupSend } from '../../shared/backup';
import { read } from './connection';
import type { ContactRecord, DailyRecord, ProfileRecord, SendRecord } from './db';
import { loadSettings } from './settings-store';

/** A stored send as the file has it: no id, no index fields (they are rebuilt on restore). */
export function backupSendOf(s: SendRecord): BackupSend {
  const out: BackupSend = {
    account: s.account,
    recipient: s.recipient,
    at: s.at,
    verdict: s.verdict,
    held: s.held,
    overridden: s.overridden,
    fingerprint: s.fingerprint,
    links: s.links,
    signals: s.signals,
  };
  if (s.conversationId) out.conversationId = s.conversationId;
  return out;
}

export async function exportAll(now = Date.now()): Promise<Backup> {
  const settings = await loadSettings();
  const stores = await read(
    {
      profiles: [] as ProfileRecord[],
      sends: [] as SendRecord[],
      contacts: [] as ContactRecord[],
      daily: [] as DailyRecord[],
    },
    async (conn) => {
      // One transaction, so the lists are a consistent snapshot.
      const tx = conn.transaction(['profiles', 'sends', 'contacts', 'daily']);
      const [profiles, sends, contacts, daily] = await Promise.all([
        tx.objectStore('profiles').getAll(),
        tx.objectStore('sends').getAll(),
        tx.objectStore('contacts').getAll(),
        tx.objectStore('daily').getAll(),
      ]);
      return { profiles, sends, contacts, daily };
    },
  );
  return {
    kind: BACKUP_KIND,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    profiles: stores.profiles,
    sends: stores.sends.map(backupSendOf),
    contacts: stores.contacts,
    daily: stores.daily.map((d) => ({ ...d, unchecked: d.unchecked ?? 0 })),
  };
}
