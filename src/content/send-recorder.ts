/**
 * Tells the worker a DM went out, once the send is confirmed by X clearing the composer. A send
 * that X refuses (offline, blocked) leaves the text in place and is never recorded.
 */
import type { DraftContext, ScoreReply } from '../shared/messages';
import type { ComposerHandle } from '../sites/x/types';
import { logError } from './log';

const POLL_MS = 150;
const GIVE_UP_MS = 5_000;

export interface SendRecord {
  context: DraftContext;
  /** Null when the gate let the send through unchecked (no verdict in time). */
  verdict: NonNullable<ScoreReply['verdict']>['verdict'] | null;
  held: boolean;
  overridden: boolean;
}

export interface RecorderDeps {
  /** The composer X shows now for this surface (the editor may have been re-mounted). */
  current(c: ComposerHandle): ComposerHandle | null;
  post(record: SendRecord): void;
}

export class SendRecorder {
  private readonly watching = new Map<ComposerHandle['surface'], ReturnType<typeof setInterval>>();

  constructor(private readonly deps: RecorderDeps) {}

  watch(c: ComposerHandle, record: SendRecord): void {
    this.stop(c.surface);
    const started = Date.now();
    const timer = setInterval(() => {
      try {
        const now = this.deps.current(c);
        const text = now ? now.readDraft() : '';
        if (text.trim() === '' || text !== record.context.draft) {
          this.stop(c.surface);
          // Cleared (or replaced by X's fresh composer): the message went out.
          if (text.trim() === '') this.deps.post(record);
          return;
        }
        if (Date.now() - started > GIVE_UP_MS) this.stop(c.surface);
      } catch (err) {
        this.stop(c.surface);
        logError('recording a send', err);
      }
    }, POLL_MS);
    this.watching.set(c.surface, timer);
  }

  dispose(): void {
    for (const t of this.watching.values()) clearInterval(t);
    this.watching.clear();
  }

  private stop(surface: ComposerHandle['surface']): void {
    const t = this.watching.get(surface);
    if (t !== undefined) clearInterval(t);
    this.watching.delete(surface);
  }
}
