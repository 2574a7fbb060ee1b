/** The worker's stand-in for the store: nothing loads until a method is called, then it forwards. */
import { describe, expect, it } from 'vitest';
import type { BackgroundStore } from '../../src/background/deps';
import { lazyStore } from '../../src/background/lazy-store';
import { fakeStore } from './fakes';

describe('lazyStore', () => {
  it('loads the store on the first call only, and forwards every method with its arguments', async () => {
    const { store: real } = fakeStore();
    let loads = 0;
    const store = lazyStore(async () => {
      loads++;
      return real;
    });
    expect(loads).toBe(0);
    for (const name of Object.keys(real) as (keyof BackgroundStore)[])
      expect(typeof store[name], name).toBe('function');
    await store.rememberProfile({ handle: 'ada', posts: ['I bake bread'] } as never, 1_000);
    expect((await store.getProfile('ada', 1_000))?.posts).toEqual(['I bake bread']);
    const s = await store.updateSettings((current) => ({ ...current, pausedUntil: 5 }));
    expect(s.pausedUntil).toBe(5);
    expect((await store.loadSettings()).pausedUntil).toBe(5);
    expect(loads).toBe(1);
  });

  it('passes a failed load on to the caller', async () => {
    const store = lazyStore(() => Promise.reject(new Error('no store')));
    await expect(store.loadSettings()).rejects.toThrow('no store');
  });
});
