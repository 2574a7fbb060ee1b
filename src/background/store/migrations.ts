/**
 * Schema steps, one per version. `upgradeStep(v, …)` takes the database from version v to v + 1:
 * it makes the structural changes at once (they must happen while the versionchange
 * transaction is active) and returns the data rewrite, if any, to run on the same transaction.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { fingerprint, linkHashes } from '../../engine/text/fingerprint';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { contactsOf } from './contacts';
import { DAY_MS, localDay } from './days';
import type { DailyRecord, ProfileRecord, SendRecord, WorthyDB } from './db';
import { indexFields } from './keys';
import { accountKey, cleanConversationId, mergePosts, normHandle } from './records';

type UpgradeTx = IDBPTransaction<WorthyDB, StoreNames<WorthyDB>[], 'versionchange'>;

/** Version 1 records, as the earlier release wrote them. */
export interface V1Profile {
  handle: string;
  name?: string;
  bio?: string;
  location?: string;
  url?: string;
  posts?: string[];
  updatedAt?: number;
}

export interface V1Send {
  id?: number;
  recipient: string;
  at: number;
  verdict: 'send' | 'revise' | 'hold';
  held: boolean;
  overridden: boolean;
  /** The whole message: the reason version 2 exists. */
  text?: string;
  conversationId?: string | null;
}

/** Version 2 sends: no sending account, no index fields; `unknown` when no handle was read. */
export type V2Send = Omit<SendRecord, 'account' | 'rt' | 'bands' | 'linkKeys' | 'verdict'> & {
  verdict: 'send' | 'revise' | 'hold';
};

export function upgradeStep(
  from: number,
  db: IDBPDatabase<WorthyDB>,
  tx: UpgradeTx,
  now: number,
): (() => Promise<void>) | undefined {
  switch (from) {
    case 0:
      // Version 1 as it shipped; later steps build on it so fresh installs and upgrades
      // end with the same schema by the same path.
      db.createObjectStore('profiles', { keyPath: 'handle' });
      db.createObjectStore('sends', { keyPath: 'id', autoIncrement: true });
      return undefined;
    case 1: {
      // A version 1 database without stores exists if anything opened `worthy` without a
      // version (a devtools session, say); give it the version 1 stores rather than fail.
      if (!db.objectStoreNames.contains('sends')) upgradeStep(0, db, tx, now);
      const sends = tx.objectStore('sends');
      sends.createIndex('by-at', 'at');
      sends.createIndex('by-recipient', 'recipient');
      tx.objectStore('profiles').createIndex('by-expires', 'expiresAt');
      db.createObjectStore('daily', { keyPath: 'day' });
      return async () => {
        await migrateV1Sends(tx);
        await migrateV1Profiles(tx, now);
      };
    }
    case 2: {
      const sends = tx.objectStore('sends');
      // One index serves both "this person's sends from this account, newest first" and, by
      // its prefix, "every send to this person" (forgetting them).
      sends.deleteIndex('by-recipient');
      sends.createIndex('by-recipient', ['recipient', 'account', 'rt']);
      sends.createIndex('by-account-at', ['account', 'at']);
      sends.createIndex('by-band', 'bands', { multiEntry: true });
      sends.createIndex('by-link', 'linkKeys', { multiEntry: true });
      const contacts = db.createObjectStore('contacts', { keyPath: ['account', 'recipient'] });
      contacts.createIndex('by-account-first', ['account', 'firstAt']);
      contacts.createIndex('by-recipient', 'recipient');
      contacts.createIndex('by-last', 'lastAt');
      return () => migrateV2Sends(tx);
    }
    default:
      return undefined;
  }
}

/** Replaces each v1 send's text with its fingerprint and link hashes, and backfills `daily`. */
async function migrateV1Sends(tx: UpgradeTx): Promise<void> {
  const days = new Map<string, DailyRecord>();
  let cursor = await tx.objectStore('sends').openCursor();
  while (cursor) {
    const old = cursor.value as unknown as V1Send;
    const recipient = normHandle(old.recipient);
    const text = typeof old.text === 'string' ? old.text : '';
    const record: V2Send = {
      ...(old.id === undefined ? {} : { id: old.id }),
      recipient,
      at: old.at,
      verdict: old.verdict,
      held: old.held === true,
      overridden: old.overridden === true,
      // Same names as the engine uses for text history (signals/sending/history.ts), so old
      // and new fingerprints of one template still match.
      fingerprint: fingerprint(text, { names: [recipient] }),
      links: linkHashes(text),
      signals: [],
      conversationId: cleanConversationId(old.conversationId),
    };
    if (record.conversationId === undefined) delete record.conversationId;
    // `put` of a fresh object, so the `text` property is gone, not just emptied.
    await cursor.update(record as SendRecord);
    const day = localDay(old.at);
    const d = days.get(day) ?? { day, count: 0, held: 0, overridden: 0 };
    d.count++;
    if (record.held) d.held++;
    if (record.overridden) d.overridden++;
    days.set(day, d);
    cursor = await cursor.continue();
  }
  const daily = tx.objectStore('daily');
  for (const d of days.values()) await daily.put(d);
}

/**
 * Gives each v2 send the index fields and an account ('' : those releases did not read it), and
 * builds the contacts. Sends stored under `unknown` (no handle was readable) each get a key of
 * their own: lumped together they looked like one person messaged over and over.
 */
async function migrateV2Sends(tx: UpgradeTx): Promise<void> {
  const kept: SendRecord[] = [];
  let cursor = await tx.objectStore('sends').openCursor();
  while (cursor) {
    const old = cursor.value as unknown as V2Send & { account?: string };
    const account = accountKey(old.account);
    const recipient =
      old.recipient === 'unknown' ? `anon:v2-${old.id ?? kept.length}` : old.recipient;
    const record: SendRecord = {
      ...old,
      account,
      recipient,
      ...indexFields(account, old.at, old.fingerprint, old.links ?? []),
    };
    await cursor.update(record);
    kept.push(record);
    cursor = await cursor.continue();
  }
  const contacts = tx.objectStore('contacts');
  for (const c of contactsOf(kept)) await contacts.put(c);
}

/** v1 profiles had no expiry: they get one from when they were last updated. */
async function migrateV1Profiles(tx: UpgradeTx, now: number): Promise<void> {
  const keep = DEFAULT_SETTINGS.profileRetentionDays * DAY_MS;
  let cursor = await tx.objectStore('profiles').openCursor();
  while (cursor) {
    const old = cursor.value as unknown as V1Profile;
    const seenAt = typeof old.updatedAt === 'number' ? old.updatedAt : now;
    const record: ProfileRecord = {
      handle: old.handle,
      name: old.name,
      bio: old.bio,
      location: old.location,
      url: old.url,
      posts: mergePosts(old.posts ?? [], []),
      seenAt,
      expiresAt: seenAt + keep,
    };
    await cursor.update(record);
    cursor = await cursor.continue();
  }
}
