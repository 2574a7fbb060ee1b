/**
 * Scores drafts in the worker as the user types.
 *
 * Debounce: 150 ms trailing, with a 1 s ceiling while typing continues. Fluent typing puts 100 to
 * 200 ms between keys, so 150 ms fires at the small pauses (word ends, the reach for Enter) rather
 * than on every key, and the verdict for the final text is usually back before Enter lands: a good
 * draft then sends with no delay. The ceiling keeps the badge moving during long bursts. A miss is
 * covered by the gate, which asks for a fresh score with a short timeout.
 *
 * Replies are kept per editor together with the exact draft they judged: the gate only trusts a
 * verdict whose draft equals the text about to be sent.
 */
import type { DraftContext, ScoreReply } from '../shared/messages';
import type { Result } from '../shared/messaging';
import type { ComposerHandle } from '../sites/x/types';
import { logError } from './log';

export const DEBOUNCE_MS = 150;
export const MAX_WAIT_MS = 1_000;
/** Background scoring may wake a sleeping worker: allow more than the gate's short timeout. */
export const BACKGROUND_TIMEOUT_MS = 4_000;

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

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  since: number;
}

interface Inflight {
  draft: string;
  promise: Promise<ScoreReply | null>;
}

export class Scorer {
  private results = new WeakMap<HTMLElement, ScoreEntry>();
  private readonly pending = new Map<HTMLElement, Pending>();
  private readonly inflight = new WeakMap<HTMLElement, Inflight>();
  private readonly seq = new WeakMap<HTMLElement, number>();
  private scheduled = new WeakMap<HTMLElement, string>();
  private last: ScoreEntry | null = null;
  private disposed = false;

  constructor(private readonly deps: ScorerDeps) {}

  /** The user edited the draft: score it once they pause. */
  schedule(c: ComposerHandle, force = false): void {
    if (this.disposed) return;
    const draft = c.readDraft();
    if (!force && this.scheduled.get(c.editor) === draft) return;
    this.scheduled.set(c.editor, draft);
    const set = this.deps.setTimeout ?? setTimeout;
    const clear = this.deps.clearTimeout ?? clearTimeout;
    const old = this.pending.get(c.editor);
    if (old) clear(old.timer);
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
    const wait = Math.max(
      0,
      Math.min(
        this.deps.debounceMs ?? DEBOUNCE_MS,
        since + (this.deps.maxWaitMs ?? MAX_WAIT_MS) - now,
      ),
    );
    const timer = set(() => {
      this.pending.delete(c.editor);
      void this.run(c, c.readDraft(), BACKGROUND_TIMEOUT_MS);
    }, wait);
    this.pending.set(c.editor, { timer, since });
    this.deps.onEvent(c, { kind: 'pending', draft });
  }

  /** Scores the current draft now (the gate, holding a send). Null on timeout or error. */
  now(c: ComposerHandle, draft: string, timeoutMs: number): Promise<ScoreReply | null> {
    const old = this.pending.get(c.editor);
    if (old) {
      (this.deps.clearTimeout ?? clearTimeout)(old.timer);
      this.pending.delete(c.editor);
    }
    const cached = this.lookup(c, draft);
    if (cached) return Promise.resolve(cached);
    // A background request for this text may already be on its way with a longer timeout:
    // share it, but never wait longer than the caller allows.
    const set = this.deps.setTimeout ?? setTimeout;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = set(() => resolve(null), timeoutMs);
    });
    return Promise.race([this.run(c, draft, timeoutMs), timeout]).finally(() =>
      (this.deps.clearTimeout ?? clearTimeout)(timer),
    );
  }

  /** The reply for exactly this draft of this composer, or null when none is known. */
  lookup(c: ComposerHandle, draft: string): ScoreReply | null {
    const hit = this.results.get(c.editor);
    if (hit && hit.draft === draft) return hit.reply;
    // X may have re-mounted the editor since: the last reply still counts if its text matches.
    if (this.last && this.last.draft === draft) return this.last.reply;
    return null;
  }

  /** Drops what is known for this composer: its settings changed, so old replies are stale. */
  forget(c: ComposerHandle): void {
    this.results.delete(c.editor);
    // The same text typed again must be scored again, not skipped as "already scheduled".
    this.scheduled.delete(c.editor);
    // `last` is only a fallback for a re-mounted editor; dropping it is always safe.
    this.last = null;
  }

  /** Drops every known reply: the settings changed (gate, pause, mutes), so all are stale. */
  forgetAll(): void {
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
    const clear = this.deps.clearTimeout ?? clearTimeout;
    for (const p of this.pending.values()) clear(p.timer);
    this.pending.clear();
  }

  private run(c: ComposerHandle, draft: string, timeoutMs: number): Promise<ScoreReply | null> {
    const inflight = this.inflight.get(c.editor);
    if (inflight && inflight.draft === draft) return inflight.promise;
    const n = (this.seq.get(c.editor) ?? 0) + 1;
    this.seq.set(c.editor, n);
    const promise = this.exchange(c, draft, timeoutMs, n);
    this.inflight.set(c.editor, { draft, promise });
    void promise.finally(() => {
      if (this.inflight.get(c.editor)?.promise === promise) this.inflight.delete(c.editor);
    });
    return promise;
  }

  private async exchange(
    c: ComposerHandle,
    draft: string,
    timeoutMs: number,
    n: number,
  ): Promise<ScoreReply | null> {
    let result: Result<ScoreReply>;
    try {
      result = await this.deps.request(this.deps.context(c, draft), timeoutMs);
    } catch (err) {
      result = { ok: false, error: String((err as Error)?.message ?? err) };
    }
    if (this.disposed) return result.ok ? result.data : null;
    const newest = this.seq.get(c.editor) === n;
    try {
      if (result.ok) {
        const entry = { draft, reply: result.data };
        if (newest || !this.results.has(c.editor)) this.results.set(c.editor, entry);
        this.last = entry;
        if (newest) this.deps.onEvent(c, { kind: 'ready', entry });
        return result.data;
      }
      logError('scoring failed', result.error);
      if (newest) this.deps.onEvent(c, { kind: 'error', draft, error: result.error });
    } catch (err) {
      logError('score handler', err);
    }
    return null;
  }
}
