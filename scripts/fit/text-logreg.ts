/**
 * Trains the learned text layer: L2-regularised logistic regression over the hashed features of
 * src/engine/text-model/features.ts, by AdaGrad with a fixed-seed shuffle (deterministic), then
 * quantised to one int8 per bucket.
 */

import { mulberry32 } from '../../eval/prng';
import { BUCKETS } from '../../src/engine/text-model/features';
import { TextModel, type TextModelHeader } from '../../src/engine/text-model/model';

export interface TextExample {
  buckets: Uint32Array;
  spam: boolean;
  weight: number;
  language: string;
}

export interface TextFitOptions {
  epochs?: number;
  lambda?: number;
  rate?: number;
  seed?: number;
}

export function trainText(
  examples: readonly TextExample[],
  o: TextFitOptions = {},
): { w: Float32Array; bias: number } {
  const epochs = o.epochs ?? 12;
  const lambda = o.lambda ?? 1e-5;
  const rate = o.rate ?? 0.5;
  const w = new Float32Array(BUCKETS);
  const g2 = new Float32Array(BUCKETS).fill(1e-6);
  let bias = 0;
  let gb2 = 1e-6;
  const rand = mulberry32(o.seed ?? 20251130);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const ex = examples[idx]!;
      const n = ex.buckets.length;
      if (n === 0) continue;
      const k = 1 / Math.sqrt(n);
      let z = bias;
      for (const b of ex.buckets) z += w[b]! * k;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - (ex.spam ? 1 : 0)) * ex.weight;
      for (const b of ex.buckets) {
        const g = err * k + lambda * w[b]!;
        g2[b]! += g * g;
        w[b]! -= (rate * g) / Math.sqrt(g2[b]!);
      }
      gb2 += err * err;
      bias -= (rate * err) / Math.sqrt(gb2);
    }
  }
  return { w, bias };
}

/** Languages with at least `min` spam and `min` ham examples: the model may speak about them. */
export function languagesOf(examples: readonly TextExample[], min = 4): string[] {
  const counts = new Map<string, { spam: number; ham: number }>();
  for (const ex of examples) {
    const c = counts.get(ex.language) ?? { spam: 0, ham: 0 };
    if (ex.spam) c.spam++;
    else c.ham++;
    counts.set(ex.language, c);
  }
  return [...counts]
    .filter(([, c]) => c.spam >= min && c.ham >= min)
    .map(([l]) => l)
    .sort();
}

/** The trained weights as the shipped int8 model's bytes (see TextModel for the format). */
export function quantise(
  fit: { w: Float32Array; bias: number },
  languages: string[],
  trainedOn: string,
  lambda?: number,
): Uint8Array {
  let max = 0;
  for (const x of fit.w) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const q = new Int8Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++)
    q[i] = Math.max(-127, Math.min(127, Math.round(fit.w[i]! / scale)));
  const header: TextModelHeader = {
    version: 1,
    buckets: BUCKETS,
    scale,
    bias: fit.bias,
    languages,
    trainedOn,
    ...(lambda !== undefined ? { lambda } : {}),
  };
  return TextModel.toBytes(header, q);
}
