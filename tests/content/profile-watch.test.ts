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
    // The first sighting goes at once.
    expect(send).toHaveBeenCalledTimes(1);
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

  it('keeps what was seen when the route is left at once, then stops', async () => {
    // Before: a profile left (the "Message" button) within the debounce was never remembered.
    vi.useFakeTimers();
    const send = vi.fn();
    const ac = new AbortController();
    let posts = ['first post'];
    const w = new ProfileWatcher({ read: () => ({ handle: 'bob', posts }), send }, ac.signal);
    w.poke();
    expect(send).toHaveBeenCalledTimes(1);
    posts = ['first post', 'second post'];
    w.poke();
    ac.abort();
    await vi.advanceTimersByTimeAsync(PROFILE_DEBOUNCE_MS * 2);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('waits for a profile to show before its first send', () => {
    const send = vi.fn();
    let snap: ProfileSnapshot | null = null;
    const w = new ProfileWatcher({ read: () => snap, send }, new AbortController().signal);
    w.poke();
    expect(send).not.toHaveBeenCalled();
    snap = { handle: 'bob', posts: [] };
    w.poke();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
