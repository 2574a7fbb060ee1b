/**
 * "worthy: checked 1,200 of 5,000 rows" on standard error while a large campaign is checked.
 *
 * Only on a terminal: it is one line redrawn in place (carriage return), which in a log file or a
 * CI transcript would be thousands of lines of noise, and standard output stays only results
 * whatever happens. Campaigns of `PROGRESS_FROM` rows or fewer finish too fast to need it.
 */
import type { Writable } from 'node:stream';

export const PROGRESS_FROM = 300;
/** Redraws at most this often: a terminal write per row would cost more than some rows. */
const EVERY_MS = 100;
const CLEAR = '\r\x1b[2K';

export interface Progress {
  /** `done` rows of the total are finished. */
  tick(done: number): void;
  /** Clears the line, so what follows starts on a clean line. */
  end(): void;
}

const SILENT: Progress = { tick() {}, end() {} };

export function progress(
  stderr: Writable & { isTTY?: boolean },
  total: number,
  clock: () => number = () => performance.now(),
): Progress {
  if (!stderr.isTTY || total <= PROGRESS_FROM) return SILENT;
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    tick(done) {
      const t = clock();
      if (t - last < EVERY_MS && done < total) return;
      last = t;
      shown = true;
      stderr.write(`${CLEAR}worthy: checked ${n(done)} of ${n(total)} rows`);
    },
    end() {
      if (shown) stderr.write(CLEAR);
    },
  };
}
