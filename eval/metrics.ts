/**
 * The figures Worthy's judgment is held to, with confidence intervals: accuracy, the nag rate
 * (good DMs not `send`), the miss rate (hold-worthy DMs not `hold`) and send↔hold swaps.
 */
import type { Label } from './data';

export interface Rate {
  k: number;
  n: number;
  value: number;
  /** 95% Wilson score interval. */
  low: number;
  high: number;
}

export function wilson(k: number, n: number, z = 1.96): Rate {
  if (n === 0) return { k, n, value: Number.NaN, low: Number.NaN, high: Number.NaN };
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { k, n, value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface Judged {
  label: Label;
  predicted: Label;
}

export interface Figures {
  accuracy: Rate;
  /** Good DMs (`send`) Worthy would nag with `revise` or `hold`. */
  nag: Rate;
  /** Hold-worthy DMs Worthy would let through as `send` or `revise`. */
  miss: Rate;
  /** `send` judged `hold` or `hold` judged `send`. */
  swaps: number;
  /** confusion[label][predicted]. */
  confusion: Record<Label, Record<Label, number>>;
}

export function figures(items: readonly Judged[]): Figures {
  const labels: Label[] = ['send', 'revise', 'hold'];
  const confusion = Object.fromEntries(
    labels.map((l) => [l, Object.fromEntries(labels.map((p) => [p, 0]))]),
  ) as Record<Label, Record<Label, number>>;
  let right = 0;
  let swaps = 0;
  for (const x of items) {
    confusion[x.label][x.predicted]++;
    if (x.label === x.predicted) right++;
    if (
      (x.label === 'send' && x.predicted === 'hold') ||
      (x.label === 'hold' && x.predicted === 'send')
    )
      swaps++;
  }
  const sends = items.filter((x) => x.label === 'send');
  const holds = items.filter((x) => x.label === 'hold');
  return {
    accuracy: wilson(right, items.length),
    nag: wilson(sends.filter((x) => x.predicted !== 'send').length, sends.length),
    miss: wilson(holds.filter((x) => x.predicted !== 'hold').length, holds.length),
    swaps,
    confusion,
  };
}

export const pct = (r: Rate) =>
  Number.isNaN(r.value)
    ? 'n/a'
    : `${(100 * r.value).toFixed(1)}% [${(100 * r.low).toFixed(1)}–${(100 * r.high).toFixed(1)}] (${r.k}/${r.n})`;
