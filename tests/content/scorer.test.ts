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
    scorer.schedule(c, true);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(request).toHaveBeenCalledTimes(1);
    scorer.forget(c);
    expect(scorer.lookup(c, 'hello there')).toBeNull();
    scorer.schedule(c, true);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(request).toHaveBeenCalledTimes(2);
  });
});
