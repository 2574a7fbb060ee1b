import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, MAX_WAIT_MS, type ScoreEvent, Scorer } from '../../src/content/scorer';
import type { DraftContext } from '../../src/shared/messages';
import type { ComposerHandle } from '../../src/sites/x/types';
import { makeReply, makeVerdict } from '../overlay/verdict-fixture';

function composer() {
  let text = '';
  const c = {
    surface: 'chat',
    editor: {} as HTMLElement,
    readDraft: () => text,
  } as unknown as ComposerHandle;
  return { c, set: (t: string) => (text = t) };
}

function setup(
  request = vi.fn(async (ctx: DraftContext) => ({
    ok: true as const,
    data: makeReply(makeVerdict({ score: ctx.draft.length })),
  })),
) {
  const events: ScoreEvent[] = [];
  const scorer = new Scorer({
    request,
    context: (c, draft) => ({
      draft,
      conversationId: null,
      surface: c.surface,
      recipient: {},
      messages: [],
    }),
    onEvent: (_c, e) => events.push(e),
  });
  return { scorer, events, request };
}

afterEach(() => vi.useRealTimers());

describe('Scorer', () => {
  it(`waits ${DEBOUNCE_MS} ms after the last keystroke, then scores the latest text once`, async () => {
    vi.useFakeTimers();
    const { scorer, events, request } = setup();
    const { c, set } = composer();
    for (const t of ['h', 'he', 'hel', 'hell', 'hello']) {
      set(t);
      scorer.schedule(c);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(request).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![0].draft).toBe('hello');
    expect(events.at(-1)).toMatchObject({ kind: 'ready', entry: { draft: 'hello' } });
    expect(scorer.lookup(c, 'hello')?.verdict?.score).toBe(5);
    expect(scorer.lookup(c, 'hell')).toBeNull();
  });

  it(`still scores every ${MAX_WAIT_MS} ms during non-stop typing`, async () => {
    vi.useFakeTimers();
    const { scorer, request } = setup();
    const { c, set } = composer();
    let t = '';
    for (let i = 0; i < 30; i++) {
      t += 'a';
      set(t);
      scorer.schedule(c);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(request.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('reports an empty draft without asking the worker', () => {
    const { scorer, events, request } = setup();
    const { c, set } = composer();
    set('   ');
    scorer.schedule(c);
    expect(events).toEqual([{ kind: 'empty' }]);
    expect(request).not.toHaveBeenCalled();
  });

  it('now() gives up after its timeout even if a slower request is in flight', async () => {
    vi.useFakeTimers();
    const { scorer } = setup(vi.fn(() => new Promise<never>(() => {})));
    const { c, set } = composer();
    set('hello');
    const p = scorer.now(c, 'hello', 400);
    await vi.advanceTimersByTimeAsync(401);
    await expect(p).resolves.toBeNull();
  });

  it('forget() drops the known reply, so the same text is asked again (after a mute)', async () => {
    vi.useFakeTimers();
    const { scorer, request } = setup();
    const { c, set } = composer();
    set('hello there');
    scorer.schedule(c);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(request).toHaveBeenCalledTimes(1);
    scorer.schedule(c, { force: true });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(request).toHaveBeenCalledTimes(1);
    scorer.forget(c);
    expect(scorer.lookup(c, 'hello there')).toBeNull();
    scorer.schedule(c, { force: true });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('scores a paste at once, without the debounce', async () => {
    vi.useFakeTimers();
    const { scorer, request } = setup();
    const { c, set } = composer();
    set('a whole pasted message');
    scorer.schedule(c, { immediate: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('forgetAll() drops a reply still on its way: not cached, not shown', async () => {
    // Before: the in-flight request survived a settings change and its reply was cached and
    // reused, so a paused conversation could still be held.
    let answer: (v: { ok: true; data: ReturnType<typeof makeReply> }) => void = () => {};
    const { scorer, events } = setup(
      vi.fn(
        () =>
          new Promise<{ ok: true; data: ReturnType<typeof makeReply> }>((r) => {
            answer = r;
          }),
      ),
    );
    const { c, set } = composer();
    set('hello there');
    scorer.schedule(c, { immediate: true });
    await new Promise((r) => setTimeout(r, 0));
    scorer.forgetAll();
    answer({ ok: true, data: makeReply(makeVerdict({ verdict: 'hold' })) });
    await new Promise((r) => setTimeout(r, 0));
    expect(scorer.lookup(c, 'hello there')).toBeNull();
    expect(events.some((e) => e.kind === 'ready')).toBe(false);
  });

  it('now() asks again under the new settings when they change mid-request', async () => {
    const replies = [
      makeReply(makeVerdict({ verdict: 'hold' })),
      makeReply(null, { paused: true }),
    ];
    const pending: ((v: unknown) => void)[] = [];
    const { scorer, request } = setup(vi.fn(() => new Promise((r) => pending.push(r))) as never);
    const { c, set } = composer();
    set('hello there');
    const p = scorer.now(c, 'hello there', 1_000);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    scorer.forgetAll();
    pending[0]!({ ok: true, data: replies[0] });
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]!({ ok: true, data: replies[1] });
    await expect(p).resolves.toEqual(replies[1]);
    expect(request).toHaveBeenCalledTimes(2);
  });
});
