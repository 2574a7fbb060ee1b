/**
 * The package policy's rule for the worker (scripts/budgets/dist.ts): one classic script, since
 * Chrome starts that faster than a module worker importing chunks (docs/budgets.md).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../scripts/budgets/dist';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A dist/ holding only a manifest with `background` and the given files. */
function dist(background: unknown, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'worthy-dist-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, background }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const workerProblems = (d: string) =>
  checkPolicy(d).problems.filter((p) => /the worker is|service worker/.test(p));

describe('checkPolicy: the worker', () => {
  it('accepts one classic script', () => {
    const d = dist(
      { service_worker: 'sw.js' },
      { 'sw.js': '(function(){performance.mark("x")})();' },
    );
    expect(workerProblems(d)).toEqual([]);
  });

  it('refuses a module worker, or one that imports chunks', () => {
    const modular = dist(
      { service_worker: 'sw.js', type: 'module' },
      { 'sw.js': '(function(){})();' },
    );
    expect(workerProblems(modular)).toEqual(['the worker is not one classic script: sw.js']);
    const chunked = dist(
      { service_worker: 'sw.js' },
      { 'sw.js': "import './chunk.js';", 'chunk.js': 'export const a = 1;' },
    );
    expect(workerProblems(chunked)).toEqual(['the worker is not one classic script: sw.js']);
  });

  it('refuses a worker left with a real import(): a service worker rejects it at run time', () => {
    // The engine's handlers are imported on first use (src/background/handlers/index.ts); the
    // bundler must inline that import, never leave it to load a chunk.
    const lazy = dist(
      { service_worker: 'sw.js' },
      { 'sw.js': '(function(){import("./scoring.js").then(()=>0)})();', 'scoring.js': '' },
    );
    expect(workerProblems(lazy)).toEqual(['the worker is not one classic script: sw.js']);
    for (const call of ['import("/assets/scoring.js")', 'import(chrome.runtime.getURL("x.js"))'])
      expect(
        workerProblems(dist({ service_worker: 'sw.js' }, { 'sw.js': `(function(){${call}})();` })),
      ).toEqual(['the worker calls import(), which a service worker refuses: sw.js']);
  });

  it('refuses a manifest without a worker', () => {
    expect(workerProblems(dist(undefined, {}))).toEqual(['manifest names no service worker']);
  });
});
