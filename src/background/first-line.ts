/**
 * The worker's first line: imported first by index.ts, so the worker's one script (a classic
 * script built by scripts/build/script-bundle.ts) evaluates it before any other module.
 *
 * - It marks the moment (User Timing: free, and readable over DevTools in a release build, so
 *   `npm run bench` needs no test hook). Readiness is timed from here; the browser's own process
 *   start and script load come before it and are not Worthy's.
 * - It asks for the learned text layer (130 KB, used in place), so reading it overlaps the
 *   evaluation of the rest of the worker instead of starting after it. Not the word vectors: 5 MB
 *   read while the first score is on its way slows that score (the gate may be waiting on it), so
 *   they follow the first reply (index.ts). Paths are literal here on purpose: this module imports
 *   nothing (tests/background/first-line.test.ts keeps them in step).
 */
export const FIRST_LINE = 'worthy:first-line';
performance.mark(FIRST_LINE);

export const EARLY_ASSETS = ['model/text.bin'] as const;

const early = new Map<string, Promise<Response>>();
for (const path of EARLY_ASSETS) {
  try {
    const response = fetch(chrome.runtime.getURL(path));
    // Whoever takes it handles a failure; until then it must not surface as unhandled.
    response.catch(() => undefined);
    early.set(path, response);
  } catch {
    // No extension context (a test): the loaders fetch for themselves.
  }
}

/** The response requested at the first line for `path`, once; later calls fetch anew. */
export function takeEarly(path: string): Promise<Response> | undefined {
  const r = early.get(path);
  early.delete(path);
  return r;
}
