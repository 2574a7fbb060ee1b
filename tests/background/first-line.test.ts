/** The worker's first line marks its moment and starts nothing: every wake evaluates it. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('worker first line', () => {
  it('marks its moment once, and fetches nothing (the first fetch of a worker costs its thread)', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    performance.clearMarks();
    vi.resetModules();
    const { FIRST_LINE } = await import('../../src/background/first-line');
    expect(performance.getEntriesByName(FIRST_LINE)).toHaveLength(1);
    expect(fetch).not.toHaveBeenCalled();
  });
});
