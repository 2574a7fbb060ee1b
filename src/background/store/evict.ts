/**
 * Making room: profiles are capped in number (the least recently seen goes first), and a write
 * that hits the browser's storage quota evicts the oldest records and is tried once more, so a
 * full disk costs the oldest memories rather than every new one.
 *
 * "Least recently used" here means least recently seen: a profile is refreshed each time its
 * page is seen, and its `expiresAt` (seen + retention) orders the `by-expires` index, so the
 * oldest entry of that index is the one to drop. Reading a profile for a score does not renew it
 * (that would keep it past the retention the user chose).
 */
import type { WorthyDatabase } from './db';

/** At most this many remembered profiles (a few MB at typical sizes). */
export const MAX_PROFILES = 1_000;
/** A quota error evicts this share of a store (at least one record) before the retry. */
const QUOTA_EVICT_SHARE = 0.1;

/** What `deleteWalked` needs of an idb cursor. */
export interface DeletingCursor {
  primaryKey: unknown;
  delete(): Promise<void>;
  continue(): Promise<DeletingCursor | null>;
}

/** Deletes the records the cursor walks over, at most `limit`, never `keep`; how many. */
export async function deleteWalked(
  first: DeletingCursor | null,
  limit = Number.POSITIVE_INFINITY,
  keep?: unknown,
): Promise<number> {
  let n = 0;
  for (let c = first; c && n < limit; c = await c.continue()) {
    if (keep !== undefined && c.primaryKey === keep) continue;
    await c.delete();
    n++;
  }
  return n;
}

/** What a cap needs of a store with a `by-expires` index (profiles, in a readwrite transaction). */
interface ExpiringStore {
  count(): Promise<number>;
  index(name: 'by-expires'): { openCursor(): Promise<DeletingCursor | null> };
}

/**
 * Inside a profiles write: drops the least recently seen profiles beyond `max`, never `keep`
 * (the one just written); how many.
 */
export async function capProfiles(store: ExpiringStore, keep: string, max = MAX_PROFILES) {
  const over = (await store.count()) - max;
  return over > 0 ? deleteWalked(await store.index('by-expires').openCursor(), over, keep) : 0;
}

export function isQuotaError(e: unknown): boolean {
  const x = e as { name?: unknown; message?: unknown } | null;
  return x?.name === 'QuotaExceededError' || /quota/i.test(String(x?.message ?? ''));
}

/**
 * After a quota error: deletes the oldest tenth of the profiles, or when there are none the
 * oldest tenth of the sends; true when something was deleted (so a retry may fit).
 */
export async function relieveQuota(conn: WorthyDatabase): Promise<boolean> {
  const tx = conn.transaction(['profiles', 'sends'], 'readwrite');
  tx.done.catch(() => undefined);
  const share = (n: number) => Math.max(1, Math.ceil(n * QUOTA_EVICT_SHARE));
  const profiles = tx.objectStore('profiles');
  const sends = tx.objectStore('sends');
  const nProfiles = await profiles.count();
  const deleted = nProfiles
    ? await deleteWalked(await profiles.index('by-expires').openCursor(), share(nProfiles))
    : await deleteWalked(await sends.index('by-at').openCursor(), share(await sends.count()));
  await tx.done;
  if (deleted) console.warn(`worthy: storage full; evicted the ${deleted} oldest records`);
  return deleted > 0;
}
