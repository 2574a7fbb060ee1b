/**
 * Static word embeddings (GloVe-derived, see data/emb/README.md) with the two things relevance
 * needs from them: a frequency rank per word (a free IDF and SIF weight, because the vocabulary
 * is stored most-frequent first) and SIF-weighted, mean-centred sentence vectors.
 *
 * Pure: the host loads the bytes (fs in Node, fetch in the service worker). The service worker
 * reads one prebuilt table (`buildTable`, run at build time) and uses it in place: typed-array
 * views over the fetched bytes, a hashed string table for lookups and the mean and common
 * directions computed ahead, so a cold worker spends no time parsing (it used to split 40k
 * lines into a Map and average 4M bytes on every start: 60-150 ms).
 *
 * Table layout (little-endian, every section 4-byte aligned; `TABLE_MAGIC` first):
 *   header   u32 × 8: magic, version, words n, dims, common k, slots (power of two), string
 *            bytes, 0
 *   mean     f32 × dims          the SIF-weighted mean of all rows
 *   common   f32 × k·dims        unit directions removed after centring
 *   slots    u32 × slots         open-addressing hash table of row + 1 (0 = empty)
 *   offsets  u32 × (n + 1)       word i is bytes [offsets[i], offsets[i+1]) of the string pool
 *   strings  u8 × string bytes   the words, ASCII, padded to 4
 *   rows     i8 × n·dims         the vectors, row-major, most frequent word first
 */

/** SIF smoothing constant a in a/(a + p(w)) (Arora et al. 2017). */
const SIF_A = 1e-3;
/** Zipf estimate of a word's probability from its 0-based frequency rank. */
const zipf = (rank: number) => 0.1 / (rank + 10);
/** SIF weight of a rank, rounded to float32 as the weights have always been stored. */
const sifOf = (rank: number) => Math.fround(SIF_A / (SIF_A + zipf(rank)));

/** "WVT1" read as a little-endian u32. */
export const TABLE_MAGIC = 0x31545657;
const TABLE_VERSION = 1;
const HEADER_WORDS = 8;

/** FNV-1a over UTF-16 code units; the table only holds ASCII words, so bytes and units agree. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const align4 = (n: number) => (n + 3) & ~3;

export class WordVectors {
  readonly dims: number;
  readonly size: number;
  private readonly slots: Uint32Array;
  private readonly offsets: Uint32Array;
  private readonly strings: Uint8Array;
  private readonly rows: Int8Array;
  /** Row norms, filled on first use (0 = not yet computed). */
  private norms: Float32Array | null = null;
  /** The SIF-weighted mean of all rows: the common direction every sentence vector shares. */
  readonly mean: Float32Array;
  /**
   * Unit directions removed from every sentence vector after centring (rows named `#common…` in
   * the source; see data/emb/README.md). Empty for assets without them.
   */
  readonly common: Float32Array[];

  /** Views over `table` (see the layout above); nothing is copied or parsed. */
  private constructor(table: Uint8Array) {
    if (table.byteLength < HEADER_WORDS * 4)
      throw new Error('WordVectors: not a word-vector table');
    if (table.byteOffset % 4 !== 0) table = table.slice();
    const { buffer, byteOffset } = table;
    const head = new Uint32Array(buffer, byteOffset, HEADER_WORDS);
    const [magic, version, n, dims, k, slots, stringBytes] = head as unknown as number[];
    if (magic !== TABLE_MAGIC || version !== TABLE_VERSION) {
      throw new Error('WordVectors: not a word-vector table (or another version)');
    }
    this.size = n!;
    this.dims = dims!;
    let at = byteOffset + HEADER_WORDS * 4;
    const take = <T>(make: (at: number) => T, bytes: number): T => {
      const out = make(at);
      at += align4(bytes);
      return out;
    };
    this.mean = take((o) => new Float32Array(buffer, o, dims!), dims! * 4);
    this.common = [];
    for (let c = 0; c < k!; c++)
      this.common.push(take((o) => new Float32Array(buffer, o, dims!), dims! * 4));
    this.slots = take((o) => new Uint32Array(buffer, o, slots!), slots! * 4);
    this.offsets = take((o) => new Uint32Array(buffer, o, n! + 1), (n! + 1) * 4);
    this.strings = take((o) => new Uint8Array(buffer, o, stringBytes!), stringBytes!);
    // The views share the whole buffer, so a cut-short table would not fail on its own.
    if (at + n! * dims! > byteOffset + table.byteLength) {
      throw new Error('WordVectors: truncated table');
    }
    this.rows = new Int8Array(buffer, at, n! * dims!);
  }

  /** A table built by `buildTable`, used in place. */
  static fromTable(table: ArrayBuffer | Uint8Array): WordVectors {
    return new WordVectors(table instanceof Uint8Array ? table : new Uint8Array(table));
  }

  /**
   * `vocabText`: one word a line, most frequent first. `vectors`: `lines × dims` signed bytes,
   * row-major in the same order. Throws when the two do not agree. Builds the table first: for
   * Node callers and tests; the worker reads the prebuilt table.
   */
  static fromBuffers(vocabText: string, vectors: ArrayBuffer | ArrayBufferView): WordVectors {
    return new WordVectors(buildTable(vocabText, vectors));
  }

  /** Row of a normalised word (lowercase), or -1. Tries the word without a possessive `'s`. */
  lookup(word: string): number {
    const i = this.find(word);
    if (i >= 0) return i;
    if (word.endsWith("'s")) return this.find(word.slice(0, -2));
    return -1;
  }

  /** Row of exactly `word`, or -1: linear probing from its hash slot until an empty one. */
  private find(word: string): number {
    const { slots, offsets, strings } = this;
    const mask = slots.length - 1;
    for (let s = hashOf(word) & mask; ; s = (s + 1) & mask) {
      const entry = slots[s]!;
      if (entry === 0) return -1;
      const row = entry - 1;
      const from = offsets[row]!;
      if (offsets[row + 1]! - from !== word.length) continue;
      let same = true;
      for (let c = 0; c < word.length && same; c++) same = strings[from + c] === word.charCodeAt(c);
      if (same) return row;
    }
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
    return row >= 0 && row < this.size ? sifOf(row) : 1;
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
      const w = sifOf(row) * (extraWeight?.[k] ?? 1);
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
    // Allocated on first use: most scores never compare single words.
    this.norms ??= new Float32Array(this.size);
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

/**
 * The table `WordVectors.fromTable` reads (layout at the top of this file), from the source pair:
 * `vocabText` one word a line, most frequent first, trailing `#common…` lines naming directions;
 * `vectors` one row of signed bytes per line. Run at build time (vite's table plugin) and by
 * Node loaders; deterministic, so the same source gives the same bytes. A word repeated keeps its
 * first row; an empty line keeps its row but cannot be looked up.
 */
export function buildTable(
  vocabText: string,
  vectors: ArrayBuffer | ArrayBufferView,
): Uint8Array<ArrayBuffer> {
  const lines = vocabText.split('\n');
  while (lines.length && lines.at(-1) === '') lines.pop();
  const all = ArrayBuffer.isView(vectors)
    ? new Int8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength)
    : new Int8Array(vectors);
  if (lines.length === 0) throw new Error('WordVectors: empty vocabulary');
  const dims = all.length / lines.length;
  if (!Number.isInteger(dims) || dims < 1) {
    throw new Error(
      `WordVectors: ${all.length} bytes do not divide into ${lines.length} rows of whole dimensions`,
    );
  }
  // Trailing `#common…` rows are directions, not words.
  let n = lines.length;
  while (n > 0 && lines[n - 1]!.startsWith('#common')) n--;
  const words = lines.slice(0, n);
  for (const w of words)
    if (!/^[\x00-\x7f]*$/.test(w)) throw new Error(`WordVectors: not an ASCII word: ${w}`);
  const common: Float32Array[] = [];
  for (let k = n; k < lines.length; k++) {
    const v = new Float32Array(dims);
    for (let d = 0; d < dims; d++) v[d] = all[k * dims + d]!;
    const u = normalise(v);
    if (u) common.push(u);
  }
  const rows = all.subarray(0, n * dims);
  // Expected contribution of row i to a SIF sentence vector: p(w) · sif(w).
  const mean64 = new Float64Array(dims);
  let total = 0;
  for (let i = 0; i < n; i++) {
    // Unrounded here, as the mean has always been computed.
    const p = zipf(i);
    const c = p * (SIF_A / (SIF_A + p));
    total += c;
    const o = i * dims;
    for (let d = 0; d < dims; d++) mean64[d]! += c * rows[o + d]!;
  }
  const mean = new Float32Array(dims);
  for (let d = 0; d < dims; d++) mean[d] = total > 0 ? mean64[d]! / total : 0;

  // A load factor under one half keeps probes short.
  let slotCount = 1;
  while (slotCount < n * 2) slotCount *= 2;
  const stringBytes = words.reduce((s, w) => s + w.length, 0);
  const size =
    HEADER_WORDS * 4 +
    dims * 4 * (1 + common.length) +
    slotCount * 4 +
    (n + 1) * 4 +
    align4(stringBytes) +
    n * dims;
  const out = new Uint8Array(size);
  const u32 = (at: number, count: number) => new Uint32Array(out.buffer, at, count);
  u32(0, HEADER_WORDS).set([
    TABLE_MAGIC,
    TABLE_VERSION,
    n,
    dims,
    common.length,
    slotCount,
    stringBytes,
    0,
  ]);
  let at = HEADER_WORDS * 4;
  for (const v of [mean, ...common]) {
    new Float32Array(out.buffer, at, dims).set(v);
    at += dims * 4;
  }
  const slots = u32(at, slotCount);
  at += slotCount * 4;
  const offsets = u32(at, n + 1);
  at += (n + 1) * 4;
  const strings = out.subarray(at, at + stringBytes);
  at += align4(stringBytes);
  out.set(new Uint8Array(rows.buffer, rows.byteOffset, rows.byteLength), at);

  let pos = 0;
  const mask = slotCount - 1;
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    offsets[i] = pos;
    for (let c = 0; c < w.length; c++) strings[pos++] = w.charCodeAt(c);
    if (!w || seen.has(w)) continue;
    seen.add(w);
    let s = hashOf(w) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
  offsets[n] = pos;
  return out;
}
