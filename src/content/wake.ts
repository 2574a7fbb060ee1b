/**
 * Wakes the service worker when the user gets ready to write (focus in a DM composer), so a send
 * moments later meets a worker that has already started, loaded its code and opened its
 * database, rather than one that starts only when Enter is pressed. One ping at a time.
 */
export function workerWaker(ping: () => Promise<unknown>): () => void {
  let waking = false;
  return () => {
    if (waking) return;
    waking = true;
    ping()
      .catch(() => undefined)
      .finally(() => {
        waking = false;
      });
  };
}
