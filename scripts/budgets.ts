/**
 * Performance budgets: what the extension weighs and how fast it answers, measured on the built
 * dist/ (sizes), in Node (engine) and in real Chromium against the fake x.com (live figures).
 * Prints "what | budget | today | ok" and exits 1 when a budget is broken.
 *   npm run budgets               build, then measure (about a minute and a half)
 *   npm run budgets -- --no-build measure the dist/ already built (scripts/package.ts does this)
 * Why each budget is where it is: docs/budgets.md.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { FRESH_SCORE_TIMEOUT_MS } from '../src/content/gate.ts';
import {
  coldStart,
  DEBOUNCE_MS,
  distribution,
  keystrokeToBadge,
  launch,
  memoryAfterScores,
  mutationCost,
  pageLoadCost,
  workerReadiness,
} from './budgets/browser.ts';
import { kb, mb, parts } from './budgets/dist.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const bin = (name: string): string => join(ROOT, 'node_modules', '.bin', name);

const KB = 1024;
const MB = 1024 * 1024;

interface Row {
  what: string;
  budget: string;
  today: string;
  ok: boolean;
}

const rows: Row[] = [];
function check(what: string, value: number, limit: number, fmt: (n: number) => string, extra = '') {
  rows.push({
    what,
    budget: `≤ ${fmt(limit)}`,
    today: `${fmt(value)}${extra}`,
    ok: value <= limit,
  });
}
const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

function run(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * MB });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`${what} failed (exit ${r.status})`);
  }
  return r.stdout;
}

/** The engine bench's own figure (bench/engine.bench.ts: 5 KB profile, 1,000-entry history). */
function engineMedianMs(): number {
  const out = run(bin('tsx'), ['bench/engine.bench.ts'], 'the engine bench');
  const m = /^score, 280 chars\s+([\d.]+)/m.exec(out);
  if (!m) throw new Error(`no "score, 280 chars" row in the engine bench output:\n${out}`);
  if (!/vectors loaded/.test(out)) throw new Error('the engine bench ran without word vectors');
  return Number(m[1]);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  if (!process.argv.includes('--no-build')) run(bin('vite'), ['build'], 'vite build');

  const p = parts(DIST);
  check(
    'always-loaded content script, every x.com page (gzip)',
    p.content.gzip,
    20 * KB,
    kb,
    ` (${kb(p.content.raw)} raw)`,
  );
  check(
    'overlay script, injected with the first DM composer (gzip)',
    p.overlay.gzip,
    24 * KB,
    kb,
    ` (${kb(p.overlay.raw)} raw)`,
  );
  check('worker bundle (gzip, without word vectors)', p.worker.gzip, 176 * KB, kb);
  check(
    'word vectors asset (raw)',
    p.embeddings.raw,
    5 * MB,
    mb,
    ` (gzip ${mb(p.embeddings.gzip)})`,
  );
  check('popup (gzip)', p.popup.gzip, 64 * KB, kb);

  // Node first, while the browser is not competing for the two cores.
  check('engine, 280-char draft (Node, median)', engineMedianMs(), 5, ms);

  const env = await launch();
  try {
    // The worker first: nothing else has run in this browser yet.
    const ready = await workerReadiness(env, 5);
    for (const [what, key, limit] of [
      ["worker's first line → first reply, a ping (median of 5 cold starts)", 'answeredMs', 50],
      [
        "worker's first line → engine evaluated, after that reply (median)",
        'engineMs',
        FRESH_SCORE_TIMEOUT_MS,
      ],
      [
        "worker's first line → engine, word vectors and text layer in memory (median)",
        'readyMs',
        FRESH_SCORE_TIMEOUT_MS,
      ],
    ] as const) {
      const d = distribution(ready.map((r) => r[key]));
      check(what, d.median, limit, ms, `, max ${ms(d.max)}`);
    }
    for (const [what, path, limit] of [
      ['main thread per x.com page load without DMs (median of 5)', '/home?drawer=0', 15],
      [
        'main thread per Chat page load, overlay script included (median of 5)',
        '/i/chat/111-222',
        40,
      ],
    ] as const) {
      const load = distribution(
        (await pageLoadCost(env, { path, runs: 5 })).map((c) => c.contentMs),
      );
      check(what, load.median, limit, ms, `, max ${ms(load.max)}`);
    }
    const batch = await mutationCost(env, { messages: 3_000, batches: 30, perBatch: 5 });
    check(
      'main thread per mutation batch, 3,000-message Chat (5 messages a batch)',
      batch.contentMsPerBatch,
      5,
      ms,
      `, longest ${ms(batch.contentLongestMs)}`,
    );
    const keys = distribution(await keystrokeToBadge(env, 15));
    check(
      `keystroke → badge, beyond the ${DEBOUNCE_MS} ms debounce (median)`,
      keys.median,
      100,
      ms,
      `, p95 ${ms(keys.p95)}`,
    );
    const cold = distribution(await coldStart(env, 5));
    check(
      'worker cold start → first score (median of 5)',
      cold.median,
      FRESH_SCORE_TIMEOUT_MS,
      ms,
      `, max ${ms(cold.max)}`,
    );
    const mem = await memoryAfterScores(env, 10_000);
    const total = mem.after.used + mem.after.backing;
    const grew = total - (mem.before.used + mem.before.backing);
    check(
      'worker memory after 10,000 scores (heap + buffers, after GC)',
      total,
      24 * MB,
      mb,
      ` (heap ${mb(mem.after.used)}; ${(mem.ms / mem.count).toFixed(1)} ms/score)`,
    );
    check('worker memory growth over those 10,000 scores', grew, 3 * MB, mb);
  } finally {
    await env.close();
  }

  const w = [0, 1, 2].map((i) =>
    Math.max(...rows.map((r) => [r.what, r.budget, r.today][i]!.length), 6),
  );
  const line = (a: string, b: string, c: string, d: string): string =>
    `| ${a.padEnd(w[0]!)} | ${b.padEnd(w[1]!)} | ${c.padEnd(w[2]!)} | ${d.padEnd(2)} |`;
  console.log(line('what', 'budget', 'today', 'ok'));
  console.log(`|${'-'.repeat(w[0]! + 2)}|${'-'.repeat(w[1]! + 2)}|${'-'.repeat(w[2]! + 2)}|----|`);
  for (const r of rows) console.log(line(r.what, r.budget, r.today, r.ok ? '✓' : '✗'));
  const broken = rows.filter((r) => !r.ok);
  console.log(
    `\n${broken.length ? `${broken.length} budget(s) broken` : 'all budgets met'} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  // Timings are wall-clock: other work on the machine inflates them. Say so rather than guess.
  const load = loadavg()[0]!;
  const cores = availableParallelism();
  if (load > cores)
    console.log(
      `note: the machine was busy (load ${load.toFixed(1)} on ${cores} cores): timing figures are inflated; measure a release on an idle machine`,
    );
  if (broken.length) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
