/**
 * Engine timing: median and p99 per draft for three draft sizes, against a 5 KB recipient profile
 * and a 1,000-entry history stored as fingerprints (as the extension stores it), with word vectors
 * loaded and after warm-up. Also the fingerprint and the history scan on their own.
 * Run: npm run bench
 */

import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { buildAnalysis } from '../src/engine/analysis';
import { EngineCaches } from '../src/engine/caches';
import {
  createEngine,
  DEFAULT_ENGINE_SETTINGS,
  type EngineInput,
  parseInput,
  score,
} from '../src/engine/index';
import type { EngineResources } from '../src/engine/resources';
import { templateMatches } from '../src/engine/signals/sending/blanket';
import { fingerprint, linkHashes, signatureOf } from '../src/engine/text/fingerprint';
import { loadResources } from '../src/node/load-resources';
import { ADVERSARIAL, CONTEXT } from './adversarial';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const WORDS =
  'coffee roast grinder brew ratio thread launch design game shader build release newsletter readers growth audience community podcast episode guest marathon training plan recipe sourdough studio camera lens travel budget startup hiring product feedback onboarding pricing'.split(
    ' ',
  );

/** Deterministic pseudo-random text of about `chars` characters. */
function text(chars: number, seed: number): string {
  let s = seed;
  const out: string[] = [];
  let len = 0;
  while (len < chars) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const w = WORDS[s % WORDS.length]!;
    out.push(s % 11 === 0 ? `${w}.` : w);
    len += w.length + 1;
  }
  return out.join(' ').slice(0, chars);
}

function profile() {
  const posts = Array.from({ length: 16 }, (_, i) => text(290, 100 + i));
  return { handle: 'bench_user', name: 'Bench User', bio: text(300, 7), location: 'Lisbon', posts };
}

function history() {
  return Array.from({ length: 1000 }, (_, i) => {
    const body = `${text(260, 1000 + i)} https://site${i % 40}.example.com/p/${i}`;
    return {
      recipient: `user${i % 700}`,
      fingerprint: fingerprint(body),
      links: linkHashes(body),
      at: NOW - i * 9 * 60_000,
    };
  });
}

function stats(samples: number[]) {
  const s = [...samples].sort((x, y) => x - y);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p99: at(0.99) };
}

function time(runs: number, fn: (i: number) => void): { median: number; p99: number } {
  for (let i = 0; i < Math.min(50, runs); i++) fn(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

async function main() {
  let resources: EngineResources = {};
  try {
    resources = await loadResources();
  } catch (e) {
    console.warn(`word vectors not loaded (${(e as Error).message}); timing without them`);
  }
  const recipient = profile();
  const hist = history();
  const rows: [string, { median: number; p99: number }][] = [];
  // The yardstick: a bare retext-english parse of the same 280-char drafts, timed in the same run
  // so the ratio holds whatever the machine's load (the engine aims at 3× a parse). It is timed
  // first: after thousands of engine scores the same parse measured up to twice as slow.
  const parser = unified().use(retextEnglish);
  const draftsOf = (chars: number) =>
    Array.from({ length: 20 }, (_, k) => `Hi Bench, ${text(chars - 10, chars + k)}`);
  const short = draftsOf(280);
  const parse = time(300, (i) => parser.parse(short[i % 20]!));
  let ratio = '';
  for (const [chars, runs] of [
    [280, 300],
    [1_000, 200],
    [10_000, 60],
  ] as const) {
    const drafts = draftsOf(chars);
    const inputs = drafts.map((draft) => {
      const r = parseInput({ draft, recipient, history: hist, now: NOW } satisfies EngineInput);
      if (!r.ok) throw new Error(r.error);
      return r.input;
    });
    const scored = time(runs, (i) => score(inputs[i % 20]!, resources));
    rows.push([`score, ${chars} chars`, scored]);
    if (chars === 280) {
      // The worker holds one engine: the recipient's profile and the decoded history are cached
      // between keystrokes. `score()` above builds a fresh engine per call, caches empty.
      const engine = createEngine(resources);
      const warm = time(runs, (i) => engine.score(inputs[i % 20]!));
      rows.push([`score, ${chars} chars, warm engine`, warm]);
      rows.push([`retext-english parse, ${chars} chars`, parse]);
      const x = (m: number) => `${(m / parse.median).toFixed(2)}×`;
      ratio = `score / retext-english parse, 280 chars (medians): fresh engine ${x(scored.median)}, warm engine ${x(warm.median)}`;
    }
    rows.push([`fingerprint, ${chars} chars`, time(runs, (i) => fingerprint(drafts[i % 20]!))]);
  }
  const parsed = parseInput({ draft: text(280, 5), recipient, history: hist, now: NOW });
  if (!parsed.ok) throw new Error(parsed.error);
  // Analyses built (and the draft fingerprinted) beforehand, so only the scan is timed.
  const analyses = Array.from({ length: 350 }, () => {
    const a = buildAnalysis(parsed.input, DEFAULT_ENGINE_SETTINGS, resources, new EngineCaches());
    signatureOf(a);
    return a;
  });
  let next = 0;
  rows.push([
    'history scan, 1,000 fingerprints',
    time(300, () => templateMatches(analyses[next++]!)),
  ]);
  const profileKb = (JSON.stringify(recipient).length / 1024).toFixed(1);
  console.log(
    `Worthy engine bench: ${profileKb} KB profile, ${hist.length}-entry history (fingerprints), vectors ${resources.vectors ? 'loaded' : 'NOT loaded'}`,
  );
  const w = Math.max(...rows.map(([n]) => n.length));
  console.log(`${'case'.padEnd(w)}  ${'median ms'.padStart(10)}  ${'p99 ms'.padStart(10)}`);
  for (const [name, s] of rows) {
    console.log(
      `${name.padEnd(w)}  ${s.median.toFixed(3).padStart(10)}  ${s.p99.toFixed(3).padStart(10)}`,
    );
  }
  console.log(ratio);
}

/**
 * Time ratio of each adversarial draft to prose of the same length: the engine must stay linear
 * whatever the characters (bounded at 5× in tests/engine/linear-time.test.ts).
 */
function adversarial(resources: EngineResources) {
  const engine = createEngine(resources);
  const timeOf = (draft: string) => {
    const p = parseInput({ draft, ...CONTEXT });
    if (!p.ok) throw new Error(p.error);
    engine.score(p.input);
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      engine.score(p.input);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  console.log('\nAdversarial drafts (best of 3, ms, and ratio to prose of the same length)');
  console.log(
    `${'draft'.padEnd(18)}  ${'10k ms'.padStart(8)}  ${'ratio'.padStart(6)}  ${'60k ms'.padStart(8)}  ${'ratio'.padStart(6)}`,
  );
  const prose = {
    10000: timeOf(ADVERSARIAL.prose!(10_000)),
    60000: timeOf(ADVERSARIAL.prose!(60_000)),
  };
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const a = timeOf(make(10_000));
    const b = timeOf(make(60_000));
    console.log(
      `${name.padEnd(18)}  ${a.toFixed(1).padStart(8)}  ${(a / prose[10_000]).toFixed(2).padStart(6)}  ${b.toFixed(1).padStart(8)}  ${(b / prose[60_000]).toFixed(2).padStart(6)}`,
    );
  }
}

await main();
adversarial(await loadResources());
