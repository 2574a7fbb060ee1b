/**
 * The word-vector table (src/engine/relevance/word-vectors.ts): built once from the source pair,
 * read in place. It must answer exactly as the text-and-Map loader it replaced, so the fitted
 * weights and every relevance figure stay valid.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  buildTable,
  normalise,
  TABLE_MAGIC,
  WordVectors,
} from '../../../src/engine/relevance/word-vectors';
import { EMBEDDINGS_DIR, vectorTable } from '../../../src/node/load-vectors';

/** The loader before the table, in a few lines: a Map of first rows and the SIF-weighted mean. */
function reference(vocabText: string, bytes: Uint8Array) {
  const lines = vocabText.split('\n');
  while (lines.at(-1) === '') lines.pop();
  const rows = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims = rows.length / lines.length;
  let n = lines.length;
  while (n > 0 && lines[n - 1]!.startsWith('#common')) n--;
  const index = new Map<string, number>();
  lines.slice(0, n).forEach((w, i) => {
    if (w && !index.has(w)) index.set(w, i);
  });
  const mean64 = new Float64Array(dims);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = 0.1 / (i + 10);
    const c = p * (1e-3 / (1e-3 + p));
    total += c;
    for (let d = 0; d < dims; d++) mean64[d]! += c * rows[i * dims + d]!;
  }
  const common = lines.slice(n).map((_, k) => {
    const v = new Float32Array(dims);
    for (let d = 0; d < dims; d++) v[d] = rows[(n + k) * dims + d]!;
    return normalise(v);
  });
  return { index, mean: Float32Array.from(mean64, (m) => m / total), common, size: n };
}

describe('word-vector table', () => {
  it('answers exactly as the Map-based loader on the shipped vocabulary', async () => {
    const vocab = await readFile(`${EMBEDDINGS_DIR}vocab.txt`, 'utf8');
    const bytes = await readFile(`${EMBEDDINGS_DIR}vectors.i8`);
    const ref = reference(vocab, bytes);
    const v = WordVectors.fromTable(await vectorTable());
    expect(v.size).toBe(ref.size);
    for (const w of vocab.split('\n')) expect(v.lookup(w)).toBe(ref.index.get(w) ?? -1);
    expect(v.lookup("runner's")).toBe(ref.index.get('runner'));
    expect(v.lookup('naïve')).toBe(-1);
    expect([...v.mean]).toEqual([...ref.mean]);
    expect(v.common.map((c) => [...c])).toEqual(ref.common.map((c) => [...c!]));
    for (const row of [0, 1, 500, v.size - 1])
      expect(v.sif(row)).toBe(Math.fround(1e-3 / (1e-3 + 0.1 / (row + 10))));
  });

  it('is the same bytes every build', async () => {
    expect(Buffer.compare(await vectorTable(), await vectorTable())).toBe(0);
  });

  it('finds every word of a large vocabulary through the hash table, collisions included', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${(i * 2654435761) % 100003}x${i}`);
    const v = WordVectors.fromBuffers(`${words.join('\n')}\n`, new Uint8Array(words.length * 2));
    words.forEach((w, i) => {
      expect(v.lookup(w)).toBe(i);
    });
    expect(v.lookup('w0')).toBe(-1);
  });

  it('keeps the first row of a repeated word and never finds an empty line', () => {
    const v = WordVectors.fromBuffers('the\n\ncat\nthe\n', new Uint8Array([1, 2, 3, 4]));
    expect(v.size).toBe(4);
    expect(v.lookup('the')).toBe(0);
    expect(v.lookup('')).toBe(-1);
    expect(v.lookup('cat')).toBe(2);
  });

  it('reads a table at any byte offset, and refuses what is not one', () => {
    const table = buildTable('a\nb\n', new Uint8Array([1, 2]));
    const shifted = new Uint8Array(table.length + 1);
    shifted.set(table, 1);
    expect(WordVectors.fromTable(shifted.subarray(1)).lookup('b')).toBe(1);
    expect(new DataView(table.buffer).getUint32(0, true)).toBe(TABLE_MAGIC);
    expect(() => WordVectors.fromTable(new Uint8Array(64))).toThrow(/not a word-vector table/);
    expect(() => WordVectors.fromTable(table.subarray(0, 40))).toThrow();
    expect(() => buildTable('café\n', new Uint8Array([1]))).toThrow(/ASCII/);
  });
});
