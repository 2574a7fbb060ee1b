/**
 * The worker's first line: imported first by index.ts, so the worker's one script (a classic
 * script built by scripts/build/script-bundle.ts) evaluates it before any other module. It marks
 * the moment (User Timing: free, and readable over DevTools in a release build, so `npm run bench`
 * needs no test hook). Readiness is timed from here; the browser's own process start and script
 * load come before it and are not Worthy's.
 *
 * It used to start fetching the text layer too, to overlap the rest of the evaluation; the first
 * `fetch` of a worker's life costs 6–9 ms of its thread in Chromium, which every wake paid before
 * answering. The fetch now starts with the first request that scores (warm-up.ts).
 */
export const FIRST_LINE = 'worthy:first-line';
performance.mark(FIRST_LINE);
