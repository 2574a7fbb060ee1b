import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteAll,
  deleteRecipient,
  exportAll,
  getProfile,
  historySummary,
  pruneExpired,
  recordSend,
  rememberProfile,
  saveSettings,
} from '../../../src/background/store';
import { backupFile, parseBackupFile } from '../../../src/shared/backup';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import {
  DAY,
  type FakeAreas,
  freshStore,
  HOUR,
  NOON,
  rawDump,
  sendOf,
  storedSends,
} from './helpers';

let areas: FakeAreas;

beforeEach(async () => {
  areas = freshStore();
  await saveSettings({ ...DEFAULT_SETTINGS, gate: 'strict' });
  await areas.session.set({ 'tab:1': { draft: 'a draft in progress' } });
  await areas.local.set({ vectorsVersion: 3 });
  await rememberProfile({ handle: 'sam', name: 'Sam', posts: ['p'] }, NOON);
  await rememberProfile({ handle: 'jo', posts: [] }, NOON);
  await recordSend(sendOf('sam', 'first message to sam', NOON, { signals: ['pace-daily'] }));
  await recordSend(sendOf('sam', 'second message to sam', NOON + HOUR));
  await recordSend(sendOf('jo', 'hello jo', NOON + 2 * HOUR));
});

describe('exportAll', () => {
  it('contains settings, profiles, sends and day counts, and round-trips through JSON', async () => {
    const data = await exportAll(NOON + 3 * HOUR);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data).toMatchObject({ kind: 'worthy-backup', version: 1 });
    expect(data.exportedAt).toBe(new Date(NOON + 3 * HOUR).toISOString());
    expect(data.settings.gate).toBe('strict');
    expect(data.profiles.map((p) => p.handle).sort()).toEqual(['jo', 'sam']);
    expect(data.sends.map((s) => s.recipient)).toEqual(['sam', 'sam', 'jo']);
    expect(data.sends[0]?.signals).toEqual(['pace-daily']);
    // Index fields are derived on restore, never part of the file.
    expect(Object.keys(data.sends[0] ?? {})).not.toContain('bandIdx');
    expect(data.contacts).toEqual([
      { account: '', recipient: 'jo', firstAt: NOON + 2 * HOUR, lastAt: NOON + 2 * HOUR },
      { account: '', recipient: 'sam', firstAt: NOON, lastAt: NOON + HOUR },
    ]);
    expect(data.daily).toEqual([
      { day: '2025-06-18', count: 3, held: 0, overridden: 0, unchecked: 0 },
    ]);
    expect(JSON.stringify(data)).not.toContain('message to sam');
    // What export writes, the backup schema reads back unchanged.
    expect(parseBackupFile(backupFile(data))).toEqual({ ok: true, backup: data });
  });
});

describe('deleteAll', () => {
  it('empties every store and every storage area', async () => {
    await deleteAll();
    expect(await rawDump()).toEqual({ profiles: [], sends: [], contacts: [], daily: [] });
    for (const area of [areas.sync, areas.local, areas.session]) expect(area.data.size).toBe(0);
    expect(await getProfile('sam', NOON)).toBeNull();
    expect((await historySummary(NOON)).week.sent).toBe(0);
  });

  it('rejects, naming what remains, when a storage area cannot be cleared', async () => {
    areas.sync.failWith = new Error('sync is offline');
    await expect(deleteAll()).rejects.toThrow(/chrome\.storage\.sync: sync is offline/);
    // Everything else was still deleted.
    expect(await rawDump()).toEqual({ profiles: [], sends: [], contacts: [], daily: [] });
    expect(areas.local.data.size).toBe(0);
  });
});

describe('deleteRecipient', () => {
  it('removes their profile, sends and contact record, and nobody else’s', async () => {
    await deleteRecipient('@SAM');
    expect(await getProfile('sam', NOON)).toBeNull();
    expect(await getProfile('jo', NOON)).not.toBeNull();
    expect((await storedSends()).map((s) => s.recipient)).toEqual(['jo']);
    const dump = await rawDump();
    expect(JSON.stringify([dump.sends, dump.contacts])).not.toContain('"sam"');
    // Day counts carry no names and stay.
    expect(dump.daily).toEqual([
      { day: '2025-06-18', count: 3, held: 0, overridden: 0, unchecked: 0 },
    ]);
  });
});

describe('pruneExpired', () => {
  it('drops sends and day counts past retention, keeps recent ones', async () => {
    await recordSend(sendOf('old', 'an old message', NOON - 120 * DAY));
    const now = NOON + 3 * HOUR;
    expect(await pruneExpired(now)).toEqual({ profiles: 0, sends: 1, contacts: 1, days: 1 });
    const dump = await rawDump();
    expect((dump.sends as { recipient: string }[]).map((s) => s.recipient)).toEqual([
      'sam',
      'sam',
      'jo',
    ]);
    expect(dump.daily).toHaveLength(1);
    expect(await pruneExpired(now)).toEqual({ profiles: 0, sends: 0, contacts: 0, days: 0 });
  });
});
