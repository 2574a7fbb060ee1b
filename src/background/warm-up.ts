/**
 * What a woken worker loads beyond its script, and when (issue 12). Chrome wakes the worker for a
 * request, and most requests need no score (a ping, a page's status report, the popup): those
 * must be answered at once, so the worker's script evaluates nothing heavy.
 * - A request that scores starts the reads a score makes (the database's open, the text layer's
 *   fetch) before it is routed, so they overlap the engine's evaluation, which it then pays.
 * - Once a reply is out, or after a quiet moment for a wake without one, the rest loads: those
 *   reads, then the engine, then the word vectors. Their 5 MB read alongside a first score made
 *   that score miss the send gate's deadline on a busy machine, so they come last.
 */
export interface WarmUpParts {
  /** Starts the reads a score makes; safe to call again (each read starts once). */
  startReads(): void;
  /** Evaluates the engine's handlers (handlers/index.ts `loadDeferred`). */
  loadEngine(): Promise<unknown>;
  /** Reads the word vectors. */
  loadVectors(): Promise<unknown>;
  /** Everything is in memory. */
  onReady(): void;
}

export interface WarmUp {
  /** Before routing a request: starts the reads when it is one that scores. */
  beforeRequest(scores: boolean): void;
  /** Loads the rest, the first time only. */
  rest(): void;
}

export function warmUp(parts: WarmUpParts): WarmUp {
  let started = false;
  return {
    beforeRequest(scores) {
      if (scores) parts.startReads();
    },
    rest() {
      if (started) return;
      started = true;
      parts.startReads();
      parts
        .loadEngine()
        .then(() => parts.loadVectors())
        .then(
          () => parts.onReady(),
          (e: unknown) => console.warn('[worthy] warming up failed:', e),
        );
    },
  };
}
