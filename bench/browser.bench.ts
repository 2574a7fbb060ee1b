/**
 * Live guidance in real Chromium (the built dist/ on the fake x.com): figures, not a test.
 *   - keystroke → updated badge, beyond the content script's debounce: median / p95 over 30 keys;
 *   - main-thread time the content script adds per DOM mutation batch on a Chat conversation of
 *     3,000 messages (30 batches of 5 incoming messages, one batch per frame).
 * How each is measured: scripts/budgets/browser.ts (shared with scripts/budgets.ts).
 * Run: npm run build && npm run bench:browser
 */
import {
  DEBOUNCE_MS,
  distribution,
  keystrokeToBadge,
  launch,
  mutationCost,
} from '../scripts/budgets/browser.ts';

const f = (n: number): string => n.toFixed(1).padStart(7);

async function main(): Promise<void> {
  const env = await launch();
  try {
    console.log(`Worthy browser bench: Chromium with ${env.extensionId}, fake x.com`);
    const keys = distribution(await keystrokeToBadge(env, 30));
    console.log(
      `\nkeystroke → badge updated, beyond the ${DEBOUNCE_MS} ms debounce (${keys.n} keys)`,
    );
    console.log(
      `  median ${f(keys.median)} ms   p95 ${f(keys.p95)} ms   min ${f(keys.min)} ms   max ${f(keys.max)} ms`,
    );

    const m = await mutationCost(env, { messages: 3_000, batches: 30, perBatch: 5 });
    console.log(
      `\nDOM mutation batches on a ${m.messages.toLocaleString('en')}-message conversation (${m.batches} batches of ${m.perBatch} messages)`,
    );
    console.log(`  content script CPU per batch (profiler)      ${f(m.contentMsPerBatch)} ms`);
    console.log(`  longest content-script stretch (profiler)    ${f(m.contentLongestMs)} ms`);
    console.log(
      `  main-thread task time per batch: with ${f(m.taskMsPerBatchWith).trim()} ms, without ${f(m.taskMsPerBatchWithout).trim()} ms → added ${f(m.taskDeltaMsPerBatch).trim()} ms`,
    );
  } finally {
    await env.close();
  }
}

await main();
