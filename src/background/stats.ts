/**
 * Timings of this worker's life, for test runs and bug reports: how long the word vectors took
 * and how long scores take. Diagnostics only (lost on restart, which is the point: each start
 * measures its own cold path). A test build (`npm run build:test`, vite mode `test`) exposes
 * them as `globalThis.__worthyStats` for DevTools and the e2e run; the production build ships no
 * such hook (vite replaces the mode, and the branch is dropped).
 */
export interface WorkerStats {
  startedAt: number;
  vectors: { ms: number; words: number; readyAfterStartMs: number } | null;
  scores: {
    count: number;
    firstAfterStartMs: number | null;
    lastMs: number;
    maxMs: number;
    totalMs: number;
    withoutVectors: number;
    /** The engine's own time (`verdict.elapsedMs`), without storage and messaging. */
    engineMaxMs: number;
    engineTotalMs: number;
  };
}

export function workerStats(): WorkerStats {
  const stats: WorkerStats = {
    startedAt: performance.now(),
    vectors: null,
    scores: {
      count: 0,
      firstAfterStartMs: null,
      lastMs: 0,
      maxMs: 0,
      totalMs: 0,
      withoutVectors: 0,
      engineMaxMs: 0,
      engineTotalMs: 0,
    },
  };
  // Inline, so the production build drops the branch and the name with it.
  if (import.meta.env.MODE === 'test') {
    (globalThis as { __worthyStats?: WorkerStats }).__worthyStats = stats;
  }
  return stats;
}

export function recordScore(
  stats: WorkerStats,
  ms: number,
  engineMs: number,
  hadVectors: boolean,
): void {
  const s = stats.scores;
  s.engineMaxMs = Math.max(s.engineMaxMs, Math.round(engineMs * 10) / 10);
  s.engineTotalMs = Math.round((s.engineTotalMs + engineMs) * 10) / 10;
  s.count++;
  s.firstAfterStartMs ??= Math.round(performance.now() - stats.startedAt);
  s.lastMs = Math.round(ms * 10) / 10;
  s.maxMs = Math.max(s.maxMs, s.lastMs);
  s.totalMs = Math.round((s.totalMs + ms) * 10) / 10;
  if (!hadVectors) s.withoutVectors++;
}
