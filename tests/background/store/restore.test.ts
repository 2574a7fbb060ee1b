/**
 * Restore replaces everything in one transaction: on success every store holds the backup (index
 * fields rebuilt, contacts derived), on failure the old data and settings are exactly as before.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  exportAll,
  loadSettings,
  recordSend,
  rememberProfile,
  restoreAll,
  saveSettings,
  sendHistory,
} from '../../../src/background/store';
import { indexFields } from '../../../src/background/store/keys';
import { fingerprint } from '../../../src/engine/text/fingerprint';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { backupOf, nameOf, TEMPLATE, templateSends } from '../../fixtures/history/sends';
import { freshStore, NOON, rawDump, sendOf, storedSends } from './helpers';

const FILE = () => {
  const b = backupOf(templateSends(['ben', 'julia', 'raj'], NOON, { account: 'acme' }), NOON);
  b.settings = { ...DEFAULT_SETTINGS, gate: 'strict' };
  b.profiles = [
    { handle: 'ben', bio: 'Baker', posts: ['Sourdough day'], seenAt: NOON, expiresAt: NOON + 1e9 },
  ];
  return b;
};

beforeEach(async () => {
  freshStore();
  await rememberProfile({ handle: 'old', posts: ['an old post'] }, NOON);
  await recordSend(sendOf('old', 'an old message here', NOON));
});

describe('restoreAll', () => {
  it('replaces every store and the settings with the backup, rebuilding the indexes', async () => {
    const file = FILE();
    expect(await restoreAll(file)).toEqual({ sends: 3, profiles: 1, contacts: 3, days: 1 });
    expect((await loadSettings()).gate).toBe('strict');
    const sends = await storedSends();
    expect(sends.map((s) => s.recipient)).toEqual(['ben', 'julia', 'raj']);
    for (const [i, s] of sends.entries()) {
      const f = file.sends[i]!;
      expect(s).toMatchObject(indexFields('acme', f.at, f.fingerprint, f.links));
    }
    const dump = await rawDump();
    expect((dump.profiles as { handle: string }[]).map((p) => p.handle)).toEqual(['ben']);
    // The restored history works for scoring at once.
    const h = await sendHistory({
      account: 'acme',
      recipient: 'kim',
      fingerprint: fingerprint(TEMPLATE('Kim'), { names: [nameOf('kim'), 'kim'] }),
      links: [],
      now: NOON,
    });
    expect(h.history).toHaveLength(3);
    // And exports as it was imported.
    const again = await exportAll(NOON);
    expect({ ...again, exportedAt: file.exportedAt, contacts: [] }).toEqual({
      ...file,
      contacts: [],
    });
  });

  it('writes nothing when a write fails halfway: old data and settings stay', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, gate: 'warn' });
    const before = await rawDump();
    const real = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      // The second send of three: the first is already queued in the transaction.
      if (++calls === 2) throw new DOMException('disk full', 'QuotaExceededError');
      return real.apply(this, args);
    });
    await expect(restoreAll(FILE())).rejects.toThrow(
      /^nothing was restored, your data is as it was \(disk full\)$/,
    );
    vi.restoreAllMocks();
    expect(await rawDump()).toEqual(before);
    expect((await loadSettings()).gate).toBe('warn');
  });
});
