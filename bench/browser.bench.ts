/**
 * Live guidance in real Chromium (the built dist/ on the fake x.com): figures, not a test.
 *   - what every x.com page loads (the always-loaded content script) and what comes only with a
 *     DM composer (the overlay script the worker injects), gzip;
 *   - the worker's readiness after a cold start: its first line → its first reply, → the engine, → the word
 *     vectors in memory (User Timing marks, src/background/first-line.ts);
 *   - main-thread time the extension takes per page load (an x.com page without DMs, a Chat page)
 *     and per DOM mutation batch on a Chat conversation of 3,000 messages (30 batches of 5
 *     incoming messages, one batch per frame);
 *   - keystroke → updated badge, beyond the content script's debounce: median / p95 over 30 keys.
 * How each is measured: scripts/budgets/browser.ts (shared with scripts/budgets.ts).
 * Run: npm run build && npm run bench:browser (npm run bench builds and runs it after the Node
 * benches).
 */
import { join } from 'node:path';
import {
  DEBOUNCE_MS,
  distribution,
  keystrokeToBadge,
  launch,
  mutationCost,
  pageLoadCost,
  workerReadiness,
} from '../scripts/budgets/browser.ts';
import { kb, parts } from '../scripts/budgets/dist.ts';

const f = (n: number): string => n.toFixed(1).padStart(7);
const line = (label: string, samples: number[]): string => {
  const d = distribution(samples);
  return `  ${label.padEnd(44)} median ${f(d.median)} ms   max ${f(d.max)} ms   (n=${d.n})`;
};

async function main(): Promise<void> {
  const p = parts(join(import.meta.dirname, '..', 'dist'));
  console.log('Worthy browser bench (dist/)');
  console.log(
    `  always-loaded content script (every x.com page)  ${kb(p.content.gzip).padStart(9)} gzip  ${kb(p.content.raw).padStart(9)} raw`,
  );
  console.log(
    `  overlay script (injected with a DM composer)     ${kb(p.overlay.gzip).padStart(9)} gzip  ${kb(p.overlay.raw).padStart(9)} raw`,
  );
  console.log(
    `  worker bundle (without the word vectors)         ${kb(p.worker.gzip).padStart(9)} gzip  ${kb(p.worker.raw).padStart(9)} raw`,
  );

  const env = await launch();
  try {
    console.log(`\nChromium with ${env.extensionId}, fake x.com`);
    const ready = await workerReadiness(env, 7);
    console.log('\nworker readiness after a cold start (from its first line)');
    for (const [label, key] of [
      ['first line → listener registered (script evaluated)', 'listeningMs'],
      ['first line → first reply (the ping that woke it)', 'answeredMs'],
      ['first line → engine evaluated (after that reply)', 'engineMs'],
      ['first line → engine, word vectors, text layer in memory', 'readyMs'],
      ['reading the word-vector table', 'vectorsMs'],
    ] as const) {
      console.log(
        line(
          label,
          ready.map((r) => r[key]),
        ),
      );
    }

    console.log('\nmain-thread time of the extension per page load (CPU profile)');
    for (const [label, path] of [
      ['x.com page without DMs (/home)', '/home?drawer=0'],
      ['Chat page (overlay script injected)', '/i/chat/111-222'],
    ] as const) {
      const c = await pageLoadCost(env, { path, runs: 7 });
      console.log(
        line(
          label,
          c.map((x) => x.contentMs),
        ),
      );
      console.log(
        line(
          '  longest stretch',
          c.map((x) => x.longestMs),
        ),
      );
    }

    const m = await mutationCost(env, { messages: 3_000, batches: 30, perBatch: 5 });
    console.log(
      `\nDOM mutation batches on a ${m.messages.toLocaleString('en')}-message conversation (${m.batches} batches of ${m.perBatch} messages)`,
    );
    console.log(`  extension CPU per batch (profiler)           ${f(m.contentMsPerBatch)} ms`);
    console.log(`  longest extension stretch (profiler)         ${f(m.contentLongestMs)} ms`);
    console.log(
      `  main-thread task time per batch: with ${f(m.taskMsPerBatchWith).trim()} ms, without ${f(m.taskMsPerBatchWithout).trim()} ms → added ${f(m.taskDeltaMsPerBatch).trim()} ms`,
    );

    const keys = distribution(await keystrokeToBadge(env, 30));
    console.log(
      `\nkeystroke → badge updated, beyond the ${DEBOUNCE_MS} ms debounce (${keys.n} keys)`,
    );
    console.log(
      `  median ${f(keys.median)} ms   p95 ${f(keys.p95)} ms   min ${f(keys.min)} ms   max ${f(keys.max)} ms`,
    );
  } finally {
    await env.close();
  }
}

await main();
