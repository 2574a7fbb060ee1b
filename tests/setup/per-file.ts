/**
 * Most test files share one module graph and one jsdom per worker thread (`isolate: false` in
 * vitest.config.ts; files that replace modules or globals run isolated). This runs before each
 * file and puts back what a file can leave behind that the next one would see: the document (its
 * children, the attributes X's fake theme sets on <html> and <body>, the path a test navigated
 * to), a stubbed clipboard or a `chrome` set back to undefined, and fake timers.
 */
import { afterAll, vi } from 'vitest';

if (typeof document !== 'undefined') {
  const html = document.documentElement;
  for (const el of [html, document.body])
    for (const name of el.getAttributeNames()) el.removeAttribute(name);
  for (const child of [...html.children])
    if (child !== document.head && child !== document.body) child.remove();
  document.head.replaceChildren();
  document.body.replaceChildren();
  // Same origin (a file's `@vitest-environment-options` may set one), back to its root.
  history.replaceState(null, '', '/');
  if (Object.getOwnPropertyDescriptor(navigator, 'clipboard')?.configurable) {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
}
const g = globalThis as { chrome?: unknown };
if ('chrome' in g && g.chrome === undefined) delete g.chrome;

afterAll(() => {
  vi.useRealTimers();
});
