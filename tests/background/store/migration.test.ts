import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DB_VERSION,
  getProfile,
  historySummary,
  recordSend,
  sendHistory,
  storageStatus,
} from '../../../src/background/store';
import { indexFields } from '../../../src/background/store/keys';
import type { V1Profile, V1Send, V2Send } from '../../../src/background/store/migrations';
import { fingerprint, linkHashes } from '../../../src/engine/text/fingerprint';
import { TEMPLATE } from '../../fixtures/history/blast.mjs';
import { DAY, freshStore, HOUR, NOON, rawDump, sendOf, storedSends } from './helpers';

const TEXTS = [
  'Hi Sam, quick one: would you try our beta? https://acme.io/beta',
  'Thanks for the intro yesterday, talk soon',
  'Hi Alex, quick one: would you try our beta? https://acme.io/beta',
];

const v1Sends: V1Send[] = [
  {
    recipient: 'sam',
    at: NOON - DAY,
    verdict: 'revise',
    held: true,
    overridden: true,
    text: TEXTS[0],
  },
  {
    recipient: 'jo',
    at: NOON - DAY + HOUR,
    verdict: 'send',
    held: false,
    overridden: false,
    text: TEXTS[1],
    conversationId: '1-2',
  },
  { recipient: 'alex', at: NOON, verdict: 'hold', held: true, overridden: false, text: TEXTS[2] },
];

const v1Profiles: V1Profile[] = [
  {
    handle: 'sam',
    name: 'Sam',
    bio: 'Compilers',
    posts: ['a', 'b', 'a'],
    updatedAt: NOON - 2 * DAY,
  },
  { handle: 'jo', posts: [] },
];

/**
 * Writes a database as an earlier version of Worthy did, with the raw IndexedDB API: `shape`
 * makes its stores, `records` fills them.
 */
async function createOld(
  version: number,
  shape: (db: IDBDatabase) => void,
  records: Record<string, unknown[]>,
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('worthy', version);
    req.onupgradeneeded = () => shape(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(Object.keys(records), 'readwrite');
    for (const [store, list] of Object.entries(records))
      for (const r of list) tx.objectStore(store).put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Version 1 as it shipped. */
const createV1 = () =>
  createOld(
    1,
    (db) => {
      db.createObjectStore('profiles', { keyPath: 'handle' });
      db.createObjectStore('sends', { keyPath: 'id', autoIncrement: true });
    },
    { profiles: v1Profiles, sends: v1Sends },
  );

beforeEach(() => {
  freshStore();
});

describe('migration v1 → current', () => {
  it('keeps every record, replaces text with fingerprints and drops the text', async () => {
    await createV1();
    // Opening through the store runs the upgrade.
    const history = await storedSends();
    expect(history).toHaveLength(3);

    const dump = await rawDump();
    expect(Object.keys(dump).sort()).toEqual(['contacts', 'daily', 'profiles', 'sends']);
    const json = JSON.stringify(dump);
    expect(json).not.toContain('"text"');
    for (const t of TEXTS)
      for (const w of t.match(/[a-z]{5,}/gi) ?? []) expect(json).not.toContain(w);
    expect(json).not.toContain('acme.io');

    const sends = dump.sends as Record<string, unknown>[];
    expect(sends.map((s) => s.id)).toEqual([1, 2, 3]);
    v1Sends.forEach((old, i) => {
      const fp = fingerprint(old.text ?? '', { names: [old.recipient] });
      expect(sends[i]).toEqual({
        id: i + 1,
        account: '',
        ...indexFields('', old.at, fp, linkHashes(old.text ?? '')),
        recipient: old.recipient,
        at: old.at,
        verdict: old.verdict,
        held: old.held,
        overridden: old.overridden,
        fingerprint: fp,
        links: linkHashes(old.text ?? ''),
        signals: [],
        ...(old.conversationId ? { conversationId: old.conversationId } : {}),
      });
    });

    // Day counts were backfilled from the old sends.
    expect(dump.daily).toEqual([
      { day: '2025-06-17', count: 2, held: 1, overridden: 1 },
      { day: '2025-06-18', count: 1, held: 1, overridden: 0 },
    ]);

    // Profiles gained seenAt/expiresAt; content is unchanged (duplicate posts folded).
    const sam = await getProfile('sam', NOON);
    expect(sam).toEqual({
      handle: 'sam',
      name: 'Sam',
      bio: 'Compilers',
      posts: ['a', 'b'],
      seenAt: NOON - 2 * DAY,
      expiresAt: NOON - 2 * DAY + 30 * DAY,
    });
    expect((dump.profiles as { handle: string }[]).map((p) => p.handle).sort()).toEqual([
      'jo',
      'sam',
    ]);
  });

  it('leaves a working current database: new sends, indexes and summaries', async () => {
    await createV1();
    await recordSend(sendOf('sam', 'follow-up note', NOON + HOUR));
    const s = await historySummary(NOON + 2 * HOUR);
    expect(s.today.sent).toBe(2);
    expect(s.storage.counts).toEqual({ profiles: 2, sends: 4 });
    const versions = await indexedDB.databases();
    expect(versions).toEqual([{ name: 'worthy', version: DB_VERSION }]);
  });

  it('rolls back a failed upgrade: version 1 data intact, memory off, retried next time', async () => {
    await createV1();
    const update = vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(() => {
      throw new DOMException('disk error', 'UnknownError');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await storedSends()).toEqual([]);
    expect((await storageStatus()).available).toBe(false);
    const [db] = await indexedDB.databases();
    expect(db?.version).toBe(1);
    expect(((await rawDump()).sends as V1Send[]).map((x) => x.text)).toEqual(TEXTS);
    update.mockRestore();
    warn.mockRestore();
    expect(await storedSends()).toHaveLength(3);
    expect((await storageStatus()).available).toBe(true);
  });

  it('creates the current version directly on a fresh install', async () => {
    expect(await storedSends()).toEqual([]);
    const dump = await rawDump();
    expect(Object.keys(dump).sort()).toEqual(['contacts', 'daily', 'profiles', 'sends']);
  });
});

/** Version 2, holding `sends`. */
const createV2 = (sends: V2Send[]) =>
  createOld(
    2,
    (db) => {
      db.createObjectStore('profiles', { keyPath: 'handle' }).createIndex(
        'by-expires',
        'expiresAt',
      );
      const s = db.createObjectStore('sends', { keyPath: 'id', autoIncrement: true });
      s.createIndex('by-at', 'at');
      s.createIndex('by-recipient', 'recipient');
      db.createObjectStore('daily', { keyPath: 'day' });
    },
    {
      sends,
      daily: [{ day: '2025-06-18', count: sends.length, held: 0, overridden: 0 }],
    },
  );

describe('migration v2 → v3', () => {
  /** A send as version 2 stored it: no account, no index fields. */
  const v2 = (recipient: string, at: number, text: string): V2Send => {
    const {
      account: _a,
      conversationId: _c,
      ...send
    } = sendOf(recipient, text, at, {
      signals: [],
    });
    return send as V2Send;
  };

  it('indexes every send, builds contacts, and unlumps "unknown" recipients', async () => {
    await createV2([
      v2('sam', NOON - 2 * HOUR, TEMPLATE('Sam')),
      v2('jo', NOON - HOUR, TEMPLATE('Jo')),
      v2('unknown', NOON - 30 * 60_000, 'hello there, first note to someone'),
      v2('unknown', NOON - 20 * 60_000, 'hello again, a second note to someone else'),
    ]);
    const sends = await storedSends();
    expect(sends).toHaveLength(4);
    for (const s of sends) {
      expect(s.account).toBe('');
      expect(s.bands).toHaveLength(16);
      expect(s.rt).toBe(-s.at);
    }
    const anon = sends.filter((s) => s.recipient.startsWith('anon:')).map((s) => s.recipient);
    expect(new Set(anon).size).toBe(2);
    const dump = await rawDump();
    expect((dump.contacts as { recipient: string }[]).map((c) => c.recipient).sort()).toEqual(
      [...anon, 'jo', 'sam'].sort(),
    );
    // The daily counts survive untouched; the template is found through the new indexes.
    expect(dump.daily).toEqual([{ day: '2025-06-18', count: 4, held: 0, overridden: 0 }]);
    const found = await sendHistory({
      account: '',
      recipient: 'kim',
      fingerprint: fingerprint(TEMPLATE('Kim'), { names: ['Kim', 'kim'] }),
      links: [],
      now: NOON,
    });
    expect(found.history.map((h) => h.recipient).sort()).toEqual(['jo', 'sam']);
    expect(found.stats).toMatchObject({ sentLastDay: 4, contactedBefore: false });
  });
});
