/**
 * Remembered recipient profiles. The content script sees a profile page; the DM page does not
 * show the bio or posts, so the worker keeps what was seen for `profileRetentionDays`, then
 * forgets it. Expired profiles are never returned and are deleted when next touched.
 */
import type { ProfileSnapshotMessage } from '../../shared/messages';
import { commit, read, write } from './connection';
import { DAY_MS } from './days';
import type { ProfileRecord } from './db';
import { capProfiles, MAX_PROFILES } from './evict';
import { cleanField, isRecipientKey, mergePosts, normHandle } from './records';
import { loadSettings } from './settings-store';

export type ProfileInput = ProfileSnapshotMessage & { seenAt?: number };

function withoutUndefined(p: ProfileRecord): ProfileRecord {
  for (const k of Object.keys(p) as (keyof ProfileRecord)[]) if (p[k] === undefined) delete p[k];
  return p;
}

/** Merges a fresh snapshot into what is known: fresh fields win, older posts fill up to the cap. */
export function mergeProfile(
  old: ProfileRecord | undefined,
  p: ProfileInput,
  seenAt: number,
  expiresAt: number,
): ProfileRecord {
  const known = old && old.expiresAt > seenAt ? old : undefined;
  return withoutUndefined({
    handle: normHandle(p.handle),
    name: cleanField(p.name) ?? known?.name,
    bio: cleanField(p.bio, 5_000) ?? known?.bio,
    location: cleanField(p.location) ?? known?.location,
    url: cleanField(p.url) ?? known?.url,
    category: cleanField(p.category) ?? known?.category,
    posts: mergePosts(p.posts, known?.posts ?? []),
    seenAt: Math.max(seenAt, known?.seenAt ?? 0),
    expiresAt: Math.max(expiresAt, known?.expiresAt ?? 0),
  });
}

/**
 * Remembers a sighting. At most `max` profiles are kept: a new one beyond that evicts the least
 * recently seen (evict.ts).
 */
export async function rememberProfile(
  p: ProfileInput,
  now?: number,
  max = MAX_PROFILES,
): Promise<void> {
  const handle = normHandle(p.handle);
  if (!isRecipientKey(handle)) return;
  const seenAt = p.seenAt ?? now ?? Date.now();
  const { profileRetentionDays } = await loadSettings();
  const expiresAt = seenAt + profileRetentionDays * DAY_MS;
  await write(undefined, async (conn) => {
    // Read and write in one transaction: two snapshots of one profile arriving together
    // are merged one after the other, not last-writer-wins.
    const tx = conn.transaction('profiles', 'readwrite');
    await commit(tx, async () => {
      const old = await tx.store.get(handle);
      await tx.store.put(mergeProfile(old, { ...p, handle }, seenAt, expiresAt));
      if (!old) await capProfiles(tx.store, handle, max);
    });
  });
}

/** The remembered profile, or null when unknown or expired (an expired one is deleted). */
export async function getProfile(handle: string, now = Date.now()): Promise<ProfileRecord | null> {
  const key = normHandle(handle);
  if (!isRecipientKey(key)) return null;
  const found = await read(undefined, (conn) => conn.get('profiles', key));
  if (!found) return null;
  if (found.expiresAt > now) return found;
  // Awaited (rare: only expired ones) so the deletion is done when the caller moves on.
  await write(undefined, async (conn) => {
    const tx = conn.transaction('profiles', 'readwrite');
    await commit(tx, async () => {
      // Checked again inside the write: a fresh sighting may have renewed it meanwhile.
      const again = await tx.store.get(key);
      if (again && again.expiresAt <= now) await tx.store.delete(key);
    });
  });
  return null;
}
