/**
 * Every entry point from the page (events, observers, timers, replies) goes through `guard`, so a
 * Worthy bug is logged with a `[Worthy]` prefix and the page carries on as if Worthy were absent.
 */
export function logError(where: string, err: unknown): void {
  try {
    console.error(`[Worthy] ${where}:`, err);
  } catch {
    // Nothing left to do: never throw from the logger.
  }
}

export function guard<T>(where: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    logError(where, err);
    return undefined;
  }
}

/** Runs a promise-returning job and logs (never rethrows) its failure. */
export function detach(where: string, job: () => Promise<unknown>): void {
  try {
    job().catch((err) => logError(where, err));
  } catch (err) {
    logError(where, err);
  }
}
