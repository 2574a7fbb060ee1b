/**
 * Builds the Chrome Web Store upload: release/worthy-<version>.zip.
 *   1. `vite build` (a fresh dist/),
 *   2. the release policy checks on dist/ (scripts/budgets/dist.ts): no eval / new Function /
 *      remote code in any script, permissions exactly ["scripting", "storage"], host permissions
 *      exactly x.com and twitter.com (the content script's pages, where the worker injects the
 *      overlay script), no web-accessible resources, a CSP without unsafe-eval, every file the
 *      manifest names present,
 *   3. the performance budgets (scripts/budgets.ts; `--skip-budgets` only for a quick local zip,
 *      never for a release),
 *   4. the zip: every file of dist/ with manifest.json at the root, in a stable order with fixed
 *      timestamps, so the same source gives the same bytes.
 * Exits 1 and writes no zip when any step fails.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, type Zippable, zipSync } from 'fflate';
import { checkPolicy, kb, listFiles, readManifest } from './budgets/dist.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'release');
/** Zip entries' timestamp (1 Jan 2020): the archive depends on the files' bytes only. */
const MTIME = new Date('2020-01-01T00:00:00Z');

function step(title: string): void {
  console.log(`\n▸ ${title}`);
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', cmd), args, {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

function fail(message: string): never {
  console.error(`\n✗ package: ${message}; no zip written`);
  process.exit(1);
}

function main(): void {
  const skipBudgets = process.argv.includes('--skip-budgets');

  step('build');
  run('vite', ['build', '--logLevel', 'warn']);

  step('policy checks');
  const manifest = readManifest(DIST);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const { problems, notes } = checkPolicy(DIST);
  if (pkg.version !== manifest.version)
    problems.push(`package.json version ${pkg.version} ≠ manifest version ${manifest.version}`);
  if (!/^\d+(\.\d+){0,3}$/.test(manifest.version))
    problems.push(`manifest version "${manifest.version}" is not 1-4 dot-separated integers`);
  for (const n of notes) console.log(`  note: ${n}`);
  if (problems.length) {
    for (const p of problems) console.error(`  ✗ ${p}`);
    fail(`${problems.length} policy problem(s)`);
  }
  console.log(
    '  ✓ no eval / new Function / remote code; permissions: storage, scripting; hosts: x.com, twitter.com',
  );
  console.log(
    '  ✓ no web-accessible resources; CSP without unsafe-eval; every referenced file exists',
  );

  if (skipBudgets) console.log('\n▸ budgets SKIPPED (--skip-budgets): not a release build');
  else {
    step('performance budgets');
    run('tsx', ['scripts/budgets.ts', '--no-build']);
  }

  step('zip');
  const files = listFiles(DIST).filter(
    (f) => !f.endsWith('.map') && !f.split('/').pop()!.startsWith('.'),
  );
  const tree: Zippable = {};
  const rows: [string, number][] = [];
  for (const f of files) {
    const data = readFileSync(join(DIST, f));
    // Already-compressed formats are stored; everything else deflated at the highest level.
    const level = /\.(png|jpe?g|gif|webp|woff2?)$/.test(f) ? 0 : 9;
    tree[f] = [data, { level, mtime: MTIME }];
    rows.push([f, data.length]);
  }
  const zip = zipSync(tree, { mtime: MTIME });
  // Read it back: every file present with the same bytes, manifest at the root.
  const back = unzipSync(zip);
  for (const f of files) {
    const a = back[f];
    const b = readFileSync(join(DIST, f));
    if (!a || Buffer.compare(Buffer.from(a), b) !== 0) fail(`the zip does not round-trip ${f}`);
  }
  if (!back['manifest.json']) fail('manifest.json is not at the root of the zip');
  mkdirSync(OUT, { recursive: true });
  const name = `worthy-${manifest.version}.zip`;
  const target = join(OUT, name);
  rmSync(target, { force: true });
  writeFileSync(target, zip);

  const w = Math.max(...rows.map(([f]) => f.length));
  for (const [f, raw] of rows) console.log(`  ${f.padEnd(w)}  ${kb(raw).padStart(10)}`);
  const total = rows.reduce((s, [, raw]) => s + raw, 0);
  const sha = createHash('sha256').update(zip).digest('hex');
  console.log(`  ${'-'.repeat(w + 12)}`);
  console.log(`  ${`${files.length} files`.padEnd(w)}  ${kb(total).padStart(10)}`);
  console.log(`\n✓ release/${name}  ${kb(zip.length)} (sha256 ${sha.slice(0, 16)}…)`);
  console.log(
    `  upload at the Chrome Web Store developer dashboard; listing text in docs/store-listing.md`,
  );
}

main();
