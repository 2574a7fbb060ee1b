/** A request with a deadline: its answer, or an error the caller fails open on. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exchange } from '../../src/shared/exchange';

afterEach(() => {
  vi.useRealTimers();
});

describe('exchange', () => {
  it('passes the answer through and leaves no timer behind', async () => {
    vi.useFakeTimers();
    expect(await exchange(async () => ({ ok: true, data: 1 }), 500)).toEqual({ ok: true, data: 1 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('turns a throw into an error', async () => {
    const r = await exchange(async () => Promise.reject(new Error('context invalidated')), 500);
    expect(r).toEqual({ ok: false, error: 'context invalidated' });
  });

  it('gives up at the deadline', async () => {
    vi.useFakeTimers();
    const r = exchange(() => new Promise(() => {}), 300);
    await vi.advanceTimersByTimeAsync(300);
    expect(await r).toEqual({ ok: false, error: 'no reply within 300 ms' });
  });
});
