/**
 * Most test files share one module graph and one jsdom per worker thread (`isolate: false` in
 * vitest.config.ts). This runs before each file: it starts from an empty document and real
 * timers, as a file of its own would, so a file that forgot to clean up cannot fail the next.
 */
import { afterAll, vi } from 'vitest';

if (typeof document !== 'undefined') {
  document.head.replaceChildren();
  document.body.replaceChildren();
}
afterAll(() => {
  vi.useRealTimers();
});
