/**
 * The learned text layer: a logistic regression over hashed n-grams (features.ts), one int8
 * weight per bucket, trained by scripts/fit-text-model.ts on public spam/ham texts and the fit
 * DMs. It reads "does this read like spam?" where no word list has a name for it.
 *
 * Asset format (public/model/text.bin, about 130 KB): the bytes `WTM1`, a little-endian uint32
 * header length, a JSON header, zero padding to a multiple of 4, then BUCKETS int8 weights. Pure:
 * the host reads the bytes (fs in Node, fetch in the service worker) and calls `fromBytes`.
 */
import { BUCKETS, type Feature, forEachFeature, type Precomputed } from './features';

export interface TextModelHeader {
  version: 1;
  buckets: number;
  /** Real weight = int8 × scale. */
  scale: number;
  bias: number;
  /** Languages with enough spam and ham in training: the layer stays quiet on others. */
  languages: string[];
  trainedOn: string;
  /** The L2 strength the fit chose (scripts/fit/text-cv.ts), so evaluations retrain alike. */
  lambda?: number;
}

export interface TextReading {
  /** Log-odds that the text is spam (bias included). */
  logit: number;
  /** Features that pushed towards spam, strongest first, with their share of the push. */
  top: { feature: Feature; push: number }[];
}

const MAGIC = 'WTM1';

export class TextModel {
  private constructor(
    readonly header: TextModelHeader,
    private readonly weights: Int8Array,
  ) {}

  static fromBytes(bytes: Uint8Array): TextModel {
    const magic = String.fromCharCode(...bytes.subarray(0, 4));
    if (magic !== MAGIC) throw new Error('not a Worthy text model (bad magic)');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const len = view.getUint32(4, true);
    const header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(8, 8 + len)),
    ) as TextModelHeader;
    if (header.version !== 1 || header.buckets !== BUCKETS) {
      throw new Error(
        `text model v${header.version} with ${header.buckets} buckets is not readable here`,
      );
    }
    const offset = 8 + len + ((4 - ((8 + len) % 4)) % 4);
    const weights = new Int8Array(bytes.buffer, bytes.byteOffset + offset, BUCKETS);
    return new TextModel(header, weights);
  }

  static toBytes(header: TextModelHeader, weights: Int8Array): Uint8Array {
    const json = new TextEncoder().encode(JSON.stringify(header));
    const pad = (4 - ((8 + json.length) % 4)) % 4;
    const out = new Uint8Array(8 + json.length + pad + weights.length);
    out.set(
      [...MAGIC].map((c) => c.charCodeAt(0)),
      0,
    );
    new DataView(out.buffer).setUint32(4, json.length, true);
    out.set(json, 8);
    out.set(
      new Uint8Array(weights.buffer, weights.byteOffset, weights.length),
      8 + json.length + pad,
    );
    return out;
  }

  /** Whether the layer was trained on enough text in this language to speak about it. */
  knows(language: string): boolean {
    return this.header.languages.includes(language.toLowerCase().split(/[-_]/)[0] ?? '');
  }

  /**
   * `readFeatures(textFeatures(text, pre), …)` in one pass: the first feature of each bucket is
   * found with a stamp per bucket instead of a Map, and a feature object is made only for the
   * pushes kept. Same logit (summed in the same order) and the same top features.
   */
  read(text: string, pre?: Precomputed): TextReading {
    const seen = this.stamp();
    const gen = this.generation;
    const buckets: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const kinds: Feature['kind'][] = [];
    forEachFeature(text, pre, (bucket, start, end, kind) => {
      if (seen[bucket] === gen) return;
      seen[bucket] = gen;
      buckets.push(bucket);
      starts.push(start);
      ends.push(end);
      kinds.push(kind);
    });
    const n = buckets.length;
    const bias = this.header.bias;
    if (n === 0) return { logit: bias, top: [] };
    const k = 1 / Math.sqrt(n);
    let z = bias;
    const top: { feature: Feature; push: number }[] = [];
    for (let i = 0; i < n; i++) {
      const b = buckets[i]!;
      const c = this.weights[b]! * this.header.scale * k;
      z += c;
      if (c > 0 && (top.length < TOP || c > top[TOP - 1]!.push)) {
        keepTop(top, {
          feature: { bucket: b, start: starts[i]!, end: ends[i]!, kind: kinds[i]! },
          push: c,
        });
      }
    }
    return { logit: z, top };
  }

  /**
   * Scratch marks, one per bucket, for `read`: a bucket is seen in this reading when its mark is
   * the current generation. A new generation per reading clears every mark at once; the marks are
   * zeroed when the generations wrap. Only `read` uses them, and it never calls out mid-reading.
   */
  private marks: Uint16Array | null = null;
  private generation = 0;

  private stamp(): Uint16Array {
    this.marks ??= new Uint16Array(BUCKETS);
    if (++this.generation > 0xffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
    return this.marks;
  }
}

/**
 * The score of a feature list under weights `w`: presence of each distinct bucket, the vector
 * L2-normalised (1/√n each) so long texts do not score higher for being long.
 */
export function readFeatures(
  features: readonly Feature[],
  w: (bucket: number) => number,
  bias: number,
): TextReading {
  const first = new Map<number, Feature>();
  for (const f of features) if (!first.has(f.bucket)) first.set(f.bucket, f);
  const n = first.size;
  if (n === 0) return { logit: bias, top: [] };
  const k = 1 / Math.sqrt(n);
  let z = bias;
  const top: { feature: Feature; push: number }[] = [];
  for (const [b, f] of first) {
    const c = w(b) * k;
    z += c;
    if (c > 0) keepTop(top, { feature: f, push: c });
  }
  return { logit: z, top };
}

/** Features shown as the strongest pushes: the rest of a reading's hundreds are never read. */
const TOP = 12;

/**
 * Adds `x` to `top` (strongest first, at most TOP) where a stable sort of every push would put
 * it: after the pushes at least as strong, so ties keep the order features came in. The same
 * list as sorting all pushes and keeping the first TOP, without sorting hundreds of them.
 */
function keepTop<T extends { push: number }>(top: T[], x: T): void {
  if (top.length === TOP && !(x.push > top[TOP - 1]!.push)) return;
  let i = top.length;
  while (i > 0 && top[i - 1]!.push < x.push) i--;
  top.splice(i, 0, x);
  if (top.length > TOP) top.pop();
}
