/**
 * Static word embeddings (GloVe-derived, see public/emb/README.md) with the two things relevance
 * needs from them: a frequency rank per word (a free IDF and SIF weight, because the vocabulary
 * is stored most-frequent first) and SIF-weighted, mean-centred sentence vectors.
 *
 * Pure: the host loads the bytes (fs in Node, fetch in the service worker) and calls
 * `fromBuffers`. The int8 rows are used as they are (no float copy), so loading is one pass.
 */

/** SIF smoothing constant a in a/(a + p(w)) (Arora et al. 2017). */
const SIF_A = 1e-3;
/** Zipf estimate of a word's probability from its 0-based frequency rank. */
const zipf = (rank: number) => 0.1 / (rank + 10);

export class WordVectors {
  readonly dims: number;
  readonly size: number;
  private readonly index: Map<string, number>;
  private readonly rows: Int8Array;
  /** SIF weight per row. */
  private readonly sifW: Float32Array;
  /** Row norms, filled on first use (0 = not yet computed). */
  private readonly norms: Float32Array;
  /** The SIF-weighted mean of all rows: the common direction every sentence vector shares. */
  readonly mean: Float32Array;
  /**
   * Unit directions removed from every sentence vector after centring (rows named `#common…` in
   * the asset; see public/emb/README.md). Empty for assets without them.
   */
  readonly common: Float32Array[];

  private constructor(allWords: string[], allRows: Int8Array, dims: number) {
    this.dims = dims;
    // Trailing `#common…` rows are directions, not words.
    let n = allWords.length;
    while (n > 0 && allWords[n - 1]!.startsWith('#common')) n--;
    const words = allWords.slice(0, n);
    this.common = [];
    for (let k = n; k < allWords.length; k++) {
      const v = new Float32Array(dims);
      for (let d = 0; d < dims; d++) v[d] = allRows[k * dims + d]!;
      const u = normalise(v);
      if (u) this.common.push(u);
    }
    const rows = allRows.subarray(0, n * dims);
    this.size = words.length;
    this.rows = rows;
    this.index = new Map();
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w && !this.index.has(w)) this.index.set(w, i);
    }
    this.sifW = new Float32Array(this.size);
    this.norms = new Float32Array(this.size);
    const mean = new Float64Array(dims);
    let total = 0;
    for (let i = 0; i < this.size; i++) {
      const p = zipf(i);
      const w = SIF_A / (SIF_A + p);
      this.sifW[i] = w;
      // Expected contribution of row i to a SIF sentence vector: p(w) · sif(w).
      const c = p * w;
      total += c;
      const o = i * dims;
      for (let d = 0; d < dims; d++) mean[d]! += c * rows[o + d]!;
    }
    this.mean = new Float32Array(dims);
    for (let d = 0; d < dims; d++) this.mean[d] = total > 0 ? mean[d]! / total : 0;
  }

  /**
   * `vocabText`: one word a line, most frequent first. `vectors`: `lines × dims` signed bytes,
   * row-major in the same order. Throws when the two do not agree.
   */
  static fromBuffers(vocabText: string, vectors: ArrayBuffer | Uint8Array): WordVectors {
    const words = vocabText.split('\n');
    while (words.length && words.at(-1) === '') words.pop();
    const rows =
      vectors instanceof Uint8Array
        ? new Int8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength)
        : new Int8Array(vectors);
    if (words.length === 0) throw new Error('WordVectors: empty vocabulary');
    const dims = rows.length / words.length;
    if (!Number.isInteger(dims) || dims < 1) {
      throw new Error(
        `WordVectors: ${rows.length} bytes do not divide into ${words.length} rows of whole dimensions`,
      );
    }
    return new WordVectors(words, rows, dims);
  }

  /** Row of a normalised word (lowercase), or -1. Tries the word without a possessive `'s`. */
  lookup(word: string): number {
    const i = this.index.get(word);
    if (i !== undefined) return i;
    if (word.endsWith("'s")) return this.index.get(word.slice(0, -2)) ?? -1;
    return -1;
  }

  has(word: string): boolean {
    return this.lookup(word) >= 0;
  }

  /** 0-based frequency rank, or `size` for words the vocabulary lacks (treated as rare). */
  rank(word: string): number {
    const i = this.lookup(word);
    return i < 0 ? this.size : i;
  }

  /** SIF weight of a row: near 0 for "the", near 1 for rare words. */
  sif(row: number): number {
    return this.sifW[row] ?? 1;
  }

  /** Adds `weight × row` into `acc`. */
  addTo(acc: Float32Array, row: number, weight: number): void {
    const o = row * this.dims;
    const r = this.rows;
    for (let d = 0; d < this.dims; d++) acc[d]! += weight * r[o + d]!;
  }

  /**
   * SIF-weighted, mean-centred, unit-length vector of the given rows (repeat a row to count it
   * twice), or null when none of them is known.
   */
  embedRows(rows: readonly number[], extraWeight?: readonly number[]): Float32Array | null {
    if (rows.length === 0) return null;
    const acc = new Float32Array(this.dims);
    let total = 0;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      const w = this.sifW[row]! * (extraWeight?.[k] ?? 1);
      total += w;
      this.addTo(acc, row, w);
    }
    if (total <= 0) return null;
    for (let d = 0; d < this.dims; d++) acc[d] = acc[d]! / total - this.mean[d]!;
    for (const u of this.common) {
      const p = dot(acc, u);
      for (let d = 0; d < this.dims; d++) acc[d] = acc[d]! - p * u[d]!;
    }
    return normalise(acc);
  }

  /** Sentence vector of normalised words; unknown words are skipped. */
  embed(words: readonly string[]): Float32Array | null {
    const rows: number[] = [];
    for (const w of words) {
      const i = this.lookup(w);
      if (i >= 0) rows.push(i);
    }
    return this.embedRows(rows);
  }

  /** Cosine of two single words (raw vectors, not centred); 0 when either is unknown. */
  wordSimilarity(a: string, b: string): number {
    return this.rowSimilarity(this.lookup(a), this.lookup(b));
  }

  /** `wordSimilarity` of two rows (from `lookup`), for callers that already hold them. */
  rowSimilarity(i: number, j: number): number {
    if (i < 0 || j < 0) return 0;
    if (i === j) return 1;
    const r = this.rows;
    let dot = 0;
    for (let d = 0, oi = i * this.dims, oj = j * this.dims; d < this.dims; d++) {
      dot += r[oi + d]! * r[oj + d]!;
    }
    const n = this.normOf(i) * this.normOf(j);
    return n > 0 ? dot / n : 0;
  }

  private normOf(row: number): number {
    let n = this.norms[row]!;
    if (n === 0) {
      const o = row * this.dims;
      for (let d = 0; d < this.dims; d++) n += this.rows[o + d]! * this.rows[o + d]!;
      n = Math.sqrt(n);
      this.norms[row] = n;
    }
    return n;
  }
}

export function normalise(v: Float32Array): Float32Array | null {
  let n = 0;
  for (let d = 0; d < v.length; d++) n += v[d]! * v[d]!;
  if (n <= 1e-12) return null;
  const k = 1 / Math.sqrt(n);
  for (let d = 0; d < v.length; d++) v[d] = v[d]! * k;
  return v;
}

/** Dot product; for unit vectors this is the cosine. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}
