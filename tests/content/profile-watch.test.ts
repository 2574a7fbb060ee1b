import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROFILE_DEBOUNCE_MS, ProfileWatcher } from '../../src/content/profile-watch';
import type { ProfileSnapshot } from '../../src/sites/x/types';

afterEach(() => vi.useRealTimers());

describe('ProfileWatcher', () => {
  it('sends once per distinct content and again when more posts show up', async () => {
    vi.useFakeTimers();
    let snap: ProfileSnapshot = { handle: 'alice', bio: 'Runner', posts: ['p2', 'p1'] };
    const send = vi.fn();
    const w = new ProfileWatcher({ read: () => snap, send }, new AbortController().signal);
    w.poke();
    w.poke();
    await vi.advanceTimersByTimeAsync(PROFILE_DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(1);
    w.poke();
    await vi.advanceTimersByTimeAsync(PROFILE_DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(1);
    // Scrolling: the list virtualises p2 away and shows p0; the union keeps all three.
    snap = { handle: 'alice', bio: 'Runner', posts: ['p1', 'p0'] };
    w.poke();
    await vi.advanceTimersByTimeAsync(PROFILE_DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0].posts).toEqual(['p1', 'p0', 'p2']);
  });

  it('stops when its route is left', async () => {
    vi.useFakeTimers();
    const send = vi.fn();
    const ac = new AbortController();
    const w = new ProfileWatcher({ read: () => ({ handle: 'bob', posts: [] }), send }, ac.signal);
    w.poke();
    ac.abort();
    await vi.advanceTimersByTimeAsync(PROFILE_DEBOUNCE_MS * 2);
    expect(send).not.toHaveBeenCalled();
  });
});
