import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

const INCLUDE = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
const EXCLUDE = ['tests/e2e/**', 'node_modules/**'];

/**
 * Test files that replace modules or globals (`vi.mock`, `vi.doMock`, `vi.stubGlobal`,
 * `vi.stubEnv`, `vi.resetModules`). A module another file already loaded would keep the real
 * import, so these run with a module graph of their own; found by reading the files, so a new
 * test that mocks is isolated without anyone remembering to list it.
 */
function filesThatMock(dir = 'tests'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join('tests', 'e2e')) out.push(...filesThatMock(path));
    } else if (/\.test\.tsx?$/.test(entry.name)) {
      if (
        /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|resetModules)\(/.test(readFileSync(path, 'utf8'))
      ) {
        out.push(path);
      }
    }
  }
  return out;
}
const MOCKING = filesThatMock();

const shared = {
  // UI text comes from chrome.i18n in the extension; here, from the bundled English catalog.
  setupFiles: ['tests/setup/i18n.ts', 'tests/setup/preact.ts', 'tests/setup/per-file.ts'],
  testTimeout: 20_000,
  // Worker threads start faster and use less CPU than forked processes (about a tenth less
  // here); every test file passes in either, and nothing relies on a process of its own.
  pool: 'threads' as const,
};

// crx() stays out of here: it needs a full extension build, unit tests need none.
export default defineConfig({
  plugins: [preact()],
  test: {
    // The overlay inlines its CSS (`?inline`): tests read the same text the extension injects.
    css: { include: [/\.css(\?|$)/] },
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'unit',
          include: INCLUDE,
          exclude: [...EXCLUDE, ...MOCKING],
          // One module graph and one jsdom per worker thread, not per file: on a 2-core machine
          // setting both up again for each of ~90 files was most of the unit tests' time (132–158 s
          // isolated, 45–50 s shared). tests/setup/per-file.ts gives each file an empty document
          // and real timers; the store's tests open a fresh IndexedDB factory per test.
          isolate: false,
          // The two projects take turns: run side by side they start twice as many threads as
          // this machine has cores, and together took longer (99 s) than one after the other.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          ...shared,
          name: 'mocking',
          include: MOCKING,
          exclude: EXCLUDE,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
