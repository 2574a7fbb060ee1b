import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

const INCLUDE = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
const EXCLUDE = ['tests/e2e/**', 'node_modules/**'];

/** The repository root (this file's folder), so the scan works from any working directory. */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * What a file must not do in a shared module graph: replace modules or globals through vitest
 * (`vi.mock`, `vi.doMock`, `vi.stubGlobal`, `vi.stubEnv`, `vi.resetModules`), or by hand (assign
 * to, define on or delete from `globalThis`, `window` or `navigator`). A module another file
 * already loaded would keep the real import, and a global would stay replaced for the next file.
 */
const REPLACES =
  /\bvi\.(?:mock|doMock|stubGlobal|stubEnv|resetModules)\(|Object\.defineProperty\(\s*(?:globalThis|window|navigator)\b|(?<=^|[\s;(])(?:globalThis|window)(?:\s+as\s+[^)]*\))?\.\w+\s*=[^=]|\bdelete\s+\(?(?:globalThis|window|navigator)\b/m;
/** `./x` and `../x` imports, resolved to a file under tests/ when there is one. */
const LOCAL_IMPORT = /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Test files that replace modules or globals, themselves or through a helper they import
 * (tests/content/harness.ts stubs `chrome`): these run with a module graph of their own. Found by
 * reading the files, so a new test that mocks is isolated without anyone remembering to list it.
 */
function filesThatReplace(): string[] {
  const memo = new Map<string, boolean>();
  const replaces = (file: string): boolean => {
    const known = memo.get(file);
    if (known !== undefined) return known;
    memo.set(file, false); // a cycle adds nothing
    const text = readFileSync(file, 'utf8');
    const found =
      REPLACES.test(text) ||
      [...text.matchAll(LOCAL_IMPORT)].some((m) => {
        const base = resolve(dirname(file), (m[1] ?? m[2])!);
        const hit = ['', '.ts', '.tsx', '/index.ts'].map((x) => base + x).find(isTestSource);
        return hit !== undefined && replaces(hit);
      });
    memo.set(file, found);
    return found;
  };
  const tests = join(ROOT, 'tests');
  return walk(tests)
    .filter((f) => /\.test\.tsx?$/.test(f) && !f.startsWith(join(tests, 'e2e')) && replaces(f))
    .map((f) => relative(ROOT, f).split(sep).join('/'));
}
const isTestSource = (f: string): boolean =>
  f.startsWith(join(ROOT, 'tests')) && /\.tsx?$/.test(f) && existsSync(f);
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const MOCKING = filesThatReplace();

// crx() stays out of here: it needs a full extension build, unit tests need none.
export default defineConfig({
  plugins: [preact()],
  // Both projects below take these (`extends: true`).
  test: {
    // UI text comes from chrome.i18n in the extension; here, from the bundled English catalog.
    setupFiles: ['tests/setup/i18n.ts', 'tests/setup/preact.ts', 'tests/setup/per-file.ts'],
    testTimeout: 20_000,
    // Worker threads start faster and use less CPU than forked processes (about a tenth less
    // here); every test file passes in either, and nothing relies on a process of its own.
    pool: 'threads',
    // The overlay inlines its CSS (`?inline`): tests read the same text the extension injects.
    css: { include: [/\.css(\?|$)/] },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: INCLUDE,
          exclude: [...EXCLUDE, ...MOCKING],
          // One module graph and one jsdom per worker thread, not per file: on a 2-core machine
          // setting both up again for each file was most of the unit tests' time (all 117 files:
          // 132–158 s isolated, 58 s with these shared). tests/setup/per-file.ts resets what a
          // file can leave in the shared document and timers.
          isolate: false,
          // The two projects take turns: run side by side they start twice as many threads as
          // this machine has cores, and together took longer (99 s) than one after the other.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'mocking',
          include: MOCKING,
          exclude: EXCLUDE,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
