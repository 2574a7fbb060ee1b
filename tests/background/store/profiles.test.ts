import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  getProfile,
  pruneExpired,
  rememberProfile,
  saveSettings,
} from '../../../src/background/store';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { DAY, freshStore, NOON, rawDump } from './helpers';

beforeEach(() => {
  freshStore();
});

describe('profiles', () => {
  it('remembers a profile under its lowercased handle, with expiry from settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, profileRetentionDays: 10 });
    await rememberProfile(
      { handle: 'SamX', name: 'Sam', bio: 'I build compilers', posts: ['p1'] },
      NOON,
    );
    const p = await getProfile('@samx', NOON + DAY);
    expect(p).toEqual({
      handle: 'samx',
      name: 'Sam',
      bio: 'I build compilers',
      posts: ['p1'],
      seenAt: NOON,
      expiresAt: NOON + 10 * DAY,
    });
  });

  it('merges: new posts first, older kept, duplicates dropped, capped at 50', async () => {
    const old = Array.from({ length: 45 }, (_, i) => `old ${i}`);
    await rememberProfile({ handle: 'sam', name: 'Sam', location: 'Oslo', posts: old }, NOON);
    await rememberProfile(
      {
        handle: 'sam',
        bio: 'new bio',
        posts: ['new 1', 'old 0', 'new 2', 'new 1', ...['a', 'b', 'c']],
      },
      NOON + DAY,
    );
    const p = await getProfile('sam', NOON + DAY);
    expect(p?.name).toBe('Sam');
    expect(p?.location).toBe('Oslo');
    expect(p?.bio).toBe('new bio');
    expect(p?.posts.slice(0, 6)).toEqual(['new 1', 'old 0', 'new 2', 'a', 'b', 'c']);
    expect(p?.posts).toHaveLength(50);
    expect(new Set(p?.posts).size).toBe(50);
    expect(p?.posts.at(-1)).toBe('old 44');
    expect(p?.seenAt).toBe(NOON + DAY);
    expect(p?.expiresAt).toBe(NOON + DAY + DEFAULT_SETTINGS.profileRetentionDays * DAY);
  });

  it('merges concurrent snapshots of one profile without losing either', async () => {
    await Promise.all([
      rememberProfile({ handle: 'sam', posts: ['a'] }, NOON),
      rememberProfile({ handle: 'sam', posts: ['b'] }, NOON),
      rememberProfile({ handle: 'sam', posts: ['c'] }, NOON),
    ]);
    expect((await getProfile('sam', NOON))?.posts.sort()).toEqual(['a', 'b', 'c']);
  });

  it('accepts seenAt on the snapshot', async () => {
    await rememberProfile({ handle: 'sam', posts: [], seenAt: NOON - DAY });
    expect((await getProfile('sam', NOON))?.seenAt).toBe(NOON - DAY);
  });

  it('returns null once expired and deletes the expired profile', async () => {
    await rememberProfile({ handle: 'sam', posts: ['x'] }, NOON);
    const later = NOON + (DEFAULT_SETTINGS.profileRetentionDays + 1) * DAY;
    expect(await getProfile('sam', later)).toBeNull();
    expect((await rawDump()).profiles).toEqual([]);
  });

  it('does not resurrect expired posts when seen again', async () => {
    await rememberProfile({ handle: 'sam', bio: 'old bio', posts: ['old'] }, NOON);
    const later = NOON + 60 * DAY;
    await rememberProfile({ handle: 'sam', posts: ['new'] }, later);
    const p = await getProfile('sam', later);
    expect(p?.posts).toEqual(['new']);
    expect(p?.bio).toBeUndefined();
  });

  it('returns null for unknown or malformed handles', async () => {
    expect(await getProfile('nobody', NOON)).toBeNull();
    expect(await getProfile('not a handle', NOON)).toBeNull();
  });

  it('pruneExpired removes only expired profiles', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, profileRetentionDays: 5 });
    await rememberProfile({ handle: 'old', posts: [] }, NOON - 10 * DAY);
    await rememberProfile({ handle: 'fresh', posts: [] }, NOON);
    expect(await pruneExpired(NOON)).toMatchObject({ profiles: 1 });
    expect(((await rawDump()).profiles as { handle: string }[]).map((p) => p.handle)).toEqual([
      'fresh',
    ]);
  });
});
