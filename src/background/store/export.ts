/** Everything Worthy keeps, as one JSON-serialisable object: the user's copy of their data. */

import type { Settings } from '../../shared/settings';
import { read } from './connection';
import type { DailyRecord, ProfileRecord, SendRecord } from './db';
import { loadSettings } from './settings-store';

export interface WorthyExport {
  kind: 'worthy-data';
  exportedAt: string;
  settings: Settings;
  profiles: ProfileRecord[];
  sends: SendRecord[];
  daily: DailyRecord[];
}

export async function exportAll(now = Date.now()): Promise<WorthyExport> {
  const settings = await loadSettings();
  const stores = await read(
    { profiles: [] as ProfileRecord[], sends: [] as SendRecord[], daily: [] as DailyRecord[] },
    async (conn) => {
      // One transaction, so the three lists are a consistent snapshot.
      const tx = conn.transaction(['profiles', 'sends', 'daily']);
      return {
        profiles: await tx.objectStore('profiles').getAll(),
        sends: await tx.objectStore('sends').getAll(),
        daily: await tx.objectStore('daily').getAll(),
      };
    },
  );
  return { kind: 'worthy-data', exportedAt: new Date(now).toISOString(), settings, ...stores };
}
