/**
 * Schema steps, one per version. `upgradeStep(v, …)` takes the database from version v to v + 1:
 * it makes the structural changes at once (they must happen while the versionchange
 * transaction is active) and returns the data rewrite, if any, to run on the same transaction.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { fingerprint, linkHashes } from '../../engine/text/fingerprint';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { DAY_MS, localDay } from './days';
import type { DailyRecord, ProfileRecord, SendRecord, WorthyDB } from './db';
import { cleanConversationId, mergePosts, normHandle } from './records';

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
  verdict: SendRecord['verdict'];
  held: boolean;
  overridden: boolean;
  /** The whole message: the reason version 2 exists. */
  text?: string;
  conversationId?: string | null;
}

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
    const record: SendRecord = {
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
    await cursor.update(record);
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
