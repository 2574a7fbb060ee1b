/**
 * One request to the worker with a deadline, shared by the extension pages (shared/messaging.ts,
 * schema-checked) and the always-loaded content script (content/messenger.ts, checked by hand):
 * a timeout, a reload of the extension or a worker that failed to start all become an error the
 * caller fails open on. Imports nothing, so it costs the content script a few lines.
 */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

/** `ask()`'s result, or an error once `timeoutMs` pass or it throws; the timer never outlives it. */
export async function exchange<T>(
  ask: () => Promise<Result<T>>,
  timeoutMs: number,
): Promise<Result<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Result<T>>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: `no reply within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const asked = (async (): Promise<Result<T>> => {
    try {
      return await ask();
    } catch (e) {
      // The extension was reloaded or the worker failed to start: the caller fails open.
      return { ok: false, error: (e as Error)?.message ?? String(e) };
    }
  })();
  try {
    return await Promise.race([asked, late]);
  } finally {
    clearTimeout(timer);
  }
}
