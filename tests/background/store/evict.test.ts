import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getProfile, recordSend, rememberProfile } from '../../../src/background/store';
import { lastFailure } from '../../../src/background/store/connection';
import { isQuotaError, MAX_PROFILES } from '../../../src/background/store/evict';
import { DAY, freshStore, NOON, rawDump, sendOf, storedSends } from './helpers';

const handles = async () =>
  ((await rawDump()).profiles as { handle: string }[]).map((p) => p.handle).sort();

/** Makes the next `times` puts fail like a full disk. */
function quotaOnPut(times: number) {
  const put = IDBObjectStore.prototype.put;
  let left = times;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (left-- > 0) throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

beforeEach(() => {
  freshStore();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('profiles are capped, least recently seen evicted (issue 12)', () => {
  it('keeps at most the cap: a new profile evicts the one seen longest ago', async () => {
    expect(MAX_PROFILES).toBeGreaterThanOrEqual(100);
    await rememberProfile({ handle: 'ann', posts: [] }, NOON, 3);
    await rememberProfile({ handle: 'ben', posts: [] }, NOON + 1, 3);
    await rememberProfile({ handle: 'cat', posts: [] }, NOON + 2, 3);
    // Ann is seen again: now Ben is the least recently seen.
    await rememberProfile({ handle: 'ann', posts: ['new'] }, NOON + 3, 3);
    await rememberProfile({ handle: 'dan', posts: [] }, NOON + 4, 3);
    expect(await handles()).toEqual(['ann', 'cat', 'dan']);
    expect((await getProfile('ann', NOON + DAY))?.posts).toEqual(['new']);
  });

  it('never evicts the profile just written, even when it is the oldest', async () => {
    await rememberProfile({ handle: 'ann', posts: [] }, NOON, 1);
    await rememberProfile({ handle: 'old', posts: [], seenAt: NOON - 5 * DAY }, NOON, 1);
    expect(await handles()).toEqual(['old']);
  });

  it('trims down to the cap at once when more were stored (a restore)', async () => {
    for (const [i, h] of ['a1', 'a2', 'a3', 'a4', 'a5'].entries()) {
      await rememberProfile({ handle: h, posts: [] }, NOON + i);
    }
    await rememberProfile({ handle: 'new', posts: [] }, NOON + 10, 2);
    expect(await handles()).toEqual(['a5', 'new']);
  });
});

describe('a quota error evicts the oldest and retries once (issue 12)', () => {
  it('recognises the browser error by name or message', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('closed'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('a new profile that hits the quota evicts the oldest tenth of profiles and is kept', async () => {
    for (let i = 0; i < 10; i++) await rememberProfile({ handle: `p${i}`, posts: [] }, NOON + i);
    quotaOnPut(1);
    await rememberProfile({ handle: 'fresh', bio: 'kept', posts: [] }, NOON + 100);
    const kept = await handles();
    expect(kept).not.toContain('p0');
    expect(kept).toContain('p9');
    expect(kept).toContain('fresh');
    expect(kept).toHaveLength(10);
    expect(lastFailure()).toBeNull();
  });

  it('with no profiles, a send that hits the quota evicts the oldest sends', async () => {
    for (let i = 0; i < 10; i++) await recordSend(sendOf(`r${i}`, `hello number ${i}`, NOON + i));
    quotaOnPut(1);
    await recordSend(sendOf('last', 'the newest one', NOON + 100));
    const sends = (await storedSends()).map((s) => s.recipient);
    expect(sends).not.toContain('r0');
    expect(sends).toContain('last');
    expect(sends).toHaveLength(10);
  });

  it('gives up after one retry and says storage is full, losing nothing else', async () => {
    await rememberProfile({ handle: 'ann', posts: [] }, NOON);
    await rememberProfile({ handle: 'ben', posts: [] }, NOON + 1);
    quotaOnPut(5);
    await rememberProfile({ handle: 'cat', posts: [] }, NOON + 2);
    expect(lastFailure()).toMatch(/storage is full/);
    expect(await handles()).toEqual(['ben']);
  });
});
