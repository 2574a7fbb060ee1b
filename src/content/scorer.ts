/**
 * Scores drafts in the worker as the user types.
 *
 * Debounce: 150 ms trailing, with a 1 s ceiling while typing continues. Fluent typing puts 100 to
 * 200 ms between keys, so 150 ms fires at the small pauses (word ends, the reach for Enter) rather
 * than on every key, and the verdict for the final text is usually back before Enter lands: a good
 * draft then sends with no delay. The ceiling keeps the badge moving during long bursts. A paste
 * is scored at once: a pasted draft is complete, and Enter often follows it within milliseconds.
 * A miss is covered by the gate, which asks for a fresh score with a short deadline (`now`).
 *
 * Replies are kept per editor together with the exact draft they judged: the gate only trusts a
 * verdict whose draft equals the text about to be sent. Every reply also belongs to a
 * generation: a settings change (pause, mute, gate) or a send starts a new one, and a reply
 * requested before it is dropped, never cached or shown, even if it is still on its way.
 */
import type { DraftContext, ScoreReply } from '../shared/messages';
import type { Result } from '../shared/messaging';
import type { ComposerHandle } from '../sites/x/types';
import { logError } from './log';

export const DEBOUNCE_MS = 150;
export const MAX_WAIT_MS = 1_000;
/** Background scoring may wake a sleeping worker: allow more than the gate's short deadline. */
export const BACKGROUND_TIMEOUT_MS = 4_000;
/** The gate's request is asked again once if it fails outright (a worker stopped mid-request). */
const NOW_ATTEMPTS = 2;

export interface ScoreEntry {
  draft: string;
  reply: ScoreReply;
}

export type ScoreEvent =
  | { kind: 'empty' }
  | { kind: 'pending'; draft: string }
  | { kind: 'ready'; entry: ScoreEntry }
  | { kind: 'error'; draft: string; error: string };

export interface ScorerDeps {
  request(context: DraftContext, timeoutMs: number): Promise<Result<ScoreReply>>;
  context(composer: ComposerHandle, draft: string): DraftContext;
  onEvent(composer: ComposerHandle, event: ScoreEvent): void;
  debounceMs?: number;
  maxWaitMs?: number;
  setTimeout?: typeof setTimeout;
  clearTimeout?: typeof clearTimeout;
}

export interface ScheduleOptions {
  /** Score even if this exact text was already scheduled (settings changed, focus came back). */
  force?: boolean;
  /** Score without the debounce (a paste). */
  immediate?: boolean;
}

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  since: number;
}

type Outcome = Result<ScoreReply> & { stale?: boolean };

interface Inflight {
  draft: string;
  generation: number;
  settled: boolean;
  promise: Promise<Outcome>;
}

const STALE: Outcome = { ok: false, error: 'settings changed while scoring', stale: true };

export class Scorer {
  private results = new WeakMap<HTMLElement, ScoreEntry>();
  private readonly pending = new Map<HTMLElement, Pending>();
  private readonly inflight = new WeakMap<HTMLElement, Inflight>();
  private readonly seq = new WeakMap<HTMLElement, number>();
  private scheduled = new WeakMap<HTMLElement, string>();
  private last: ScoreEntry | null = null;
  private generation = 0;
  private disposed = false;

  constructor(private readonly deps: ScorerDeps) {}

  // Called as plain functions: the browser's timers throw "Illegal invocation" on another `this`.
  private later(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
    return (this.deps.setTimeout ?? setTimeout)(fn, ms);
  }

  private cancel(timer: ReturnType<typeof setTimeout> | undefined): void {
    (this.deps.clearTimeout ?? clearTimeout)(timer);
  }

  /** The user edited the draft: score it once they pause (or at once, for a paste). */
  schedule(c: ComposerHandle, { force = false, immediate = false }: ScheduleOptions = {}): void {
    if (this.disposed) return;
    const draft = c.readDraft();
    if (!force && !immediate && this.scheduled.get(c.editor) === draft) return;
    this.scheduled.set(c.editor, draft);
    const old = this.pending.get(c.editor);
    if (old) this.cancel(old.timer);
    if (draft.trim() === '') {
      this.pending.delete(c.editor);
      this.deps.onEvent(c, { kind: 'empty' });
      return;
    }
    const known = this.results.get(c.editor);
    if (known && known.draft === draft) {
      // Back to text already judged (undo, focus change): show it again, no request.
      this.pending.delete(c.editor);
      this.deps.onEvent(c, { kind: 'ready', entry: known });
      return;
    }
    const now = Date.now();
    const since = old?.since ?? now;
    const wait = immediate
      ? 0
      : Math.max(
          0,
          Math.min(
            this.deps.debounceMs ?? DEBOUNCE_MS,
            since + (this.deps.maxWaitMs ?? MAX_WAIT_MS) - now,
          ),
        );
    const timer = this.later(() => {
      this.pending.delete(c.editor);
      void this.run(c, c.readDraft(), BACKGROUND_TIMEOUT_MS);
    }, wait);
    this.pending.set(c.editor, { timer, since });
    this.deps.onEvent(c, { kind: 'pending', draft });
  }

  /**
   * Scores exactly `draft` now (the gate, holding a send) and resolves with the reply, or null
   * when none arrives within `timeoutMs`. A request in flight for the same text is shared; one
   * made stale by a settings change is asked again under the new settings; one that fails
   * outright is asked once more, all within the same deadline.
   */
  async now(c: ComposerHandle, draft: string, timeoutMs: number): Promise<ScoreReply | null> {
    const old = this.pending.get(c.editor);
    if (old) {
      this.cancel(old.timer);
      this.pending.delete(c.editor);
    }
    const deadline = Date.now() + timeoutMs;
    let failures = 0;
    for (;;) {
      const cached = this.lookup(c, draft);
      if (cached) return cached;
      const left = deadline - Date.now();
      if (left <= 0 || this.disposed) return null;
      const outcome = await this.within(this.run(c, draft, left), left);
      if (outcome === null) return null;
      if (outcome.ok) return outcome.data;
      if (!outcome.stale && ++failures >= NOW_ATTEMPTS) return null;
    }
  }

  /** The reply for exactly this draft of this composer, or null when none is known. */
  lookup(c: ComposerHandle, draft: string): ScoreReply | null {
    const hit = this.results.get(c.editor);
    if (hit && hit.draft === draft) return hit.reply;
    // X may have re-mounted the editor since: the last reply still counts if its text matches.
    if (this.last && this.last.draft === draft) return this.last.reply;
    return null;
  }

  /**
   * Drops what is known for this composer (its history changed: a send; or its conversation was
   * muted) and whatever is on its way, so the same text is judged anew.
   */
  forget(c: ComposerHandle): void {
    this.generation++;
    this.results.delete(c.editor);
    // The same text typed again must be scored again, not skipped as "already scheduled".
    this.scheduled.delete(c.editor);
    // `last` is only a fallback for a re-mounted editor; dropping it is always safe.
    this.last = null;
  }

  /** Drops every known reply and every reply on its way: the settings changed. */
  forgetAll(): void {
    this.generation++;
    this.results = new WeakMap();
    this.scheduled = new WeakMap();
    this.last = null;
  }

  /** The latest reply for this composer whatever its draft (for the gate mode and records). */
  latest(c: ComposerHandle | null): ScoreEntry | null {
    return (c && this.results.get(c.editor)) ?? this.last;
  }

  dispose(): void {
    this.disposed = true;
    for (const p of this.pending.values()) this.cancel(p.timer);
    this.pending.clear();
  }

  private within(p: Promise<Outcome>, ms: number): Promise<Outcome | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = this.later(() => resolve(null), ms);
    });
    return Promise.race([p, timeout]).finally(() => this.cancel(timer));
  }

  private run(c: ComposerHandle, draft: string, timeoutMs: number): Promise<Outcome> {
    const inflight = this.inflight.get(c.editor);
    if (
      inflight &&
      !inflight.settled &&
      inflight.draft === draft &&
      inflight.generation === this.generation
    ) {
      return inflight.promise;
    }
    const n = (this.seq.get(c.editor) ?? 0) + 1;
    this.seq.set(c.editor, n);
    const entry: Inflight = { draft, generation: this.generation, settled: false } as Inflight;
    entry.promise = this.exchange(c, draft, timeoutMs, n, entry);
    this.inflight.set(c.editor, entry);
    return entry.promise;
  }

  private async exchange(
    c: ComposerHandle,
    draft: string,
    timeoutMs: number,
    n: number,
    entry: Inflight,
  ): Promise<Outcome> {
    let result: Result<ScoreReply>;
    try {
      result = await this.deps.request(this.deps.context(c, draft), timeoutMs);
    } catch (err) {
      result = { ok: false, error: String((err as Error)?.message ?? err) };
    }
    entry.settled = true;
    if (this.disposed) return result;
    // Asked under settings (or a history) that changed since: nobody may act on it.
    if (entry.generation !== this.generation) return STALE;
    const newest = this.seq.get(c.editor) === n;
    try {
      if (result.ok) {
        const scored = { draft, reply: result.data };
        if (newest || !this.results.has(c.editor)) this.results.set(c.editor, scored);
        this.last = scored;
        if (newest) this.deps.onEvent(c, { kind: 'ready', entry: scored });
        return result;
      }
      logError('scoring failed', result.error);
      if (newest) this.deps.onEvent(c, { kind: 'error', draft, error: result.error });
    } catch (err) {
      logError('score handler', err);
    }
    return result;
  }
}
