/**
 * A detector looks at one aspect of a draft and reports hits: which signal, how strongly, and
 * where in the draft. It never says how many points a hit is worth; the fitted model does
 * (`model/`). Detectors are registered in `detectors.ts`; every id they emit is declared in
 * `registry.ts`.
 */
import type { Analysis } from './analysis';
import type { SignalId } from './registry';
import type { Evidence, Quote } from './types';

export interface Hit {
  id: SignalId;
  /**
   * Feature value the model multiplies by the signal's fitted weight: 1 is a typical, clear case;
   * counts and strengths scale from there (2 links → 1, 4 → 2.5). Never points.
   */
  value: number;
  /** Plain-language explanation, from the message catalog. */
  message: string;
  evidence: Evidence[];
  quotes?: Quote[];
  /** What the user could do about it, from the message catalog. */
  suggestion?: string;
}

export interface Detector {
  /** Group name, e.g. `links` or `pushy-language`. */
  name: string;
  /** The ids it may emit (a test checks it emits no other). */
  signals: readonly SignalId[];
  run(a: Analysis): Hit[];
}

/** Evidence for `draft.slice(start, end)`, clamped into the draft so ranges are always valid. */
export function evidence(draft: string, start: number, end: number): Evidence {
  const s = Math.max(0, Math.min(start, draft.length));
  const e = Math.max(s, Math.min(end, draft.length));
  return { start: s, end: e, text: draft.slice(s, e) };
}

/**
 * Feature value from a detector's strength scale. Phrase lists and counts keep the relative
 * strengths they were written with (a "claim your prize" is stronger than a bare "prize"; a third
 * link adds less than the second), expressed so that 30 on that scale is a value of 1; the fitted
 * weight of each signal sets what it is worth in points.
 */
export function strength(scale: number): number {
  return Math.round((scale / 30) * 1000) / 1000;
}
