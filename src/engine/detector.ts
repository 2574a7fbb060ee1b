/**
 * A detector looks at one aspect of a draft and reports findings. Detectors are registered in
 * `detectors.ts`; each declares the signal ids it may emit so documentation and tests can check
 * that every id is explained and exercised.
 */
import type { Analysis } from './analysis';
import type { Axis, Evidence, Signal } from './types';

/** A signal plus an optional suggestion the user can act on. */
export interface Finding extends Signal {
  suggestion?: string;
}

export interface SignalSpec {
  id: string;
  axis: Axis;
  /** One line on what the signal means, for the README's signal table and the UI's help. */
  summary: string;
}

export interface Detector {
  /** Group name, e.g. `links` or `pushy-language`. */
  name: string;
  signals: readonly SignalSpec[];
  /**
   * Set when the detector relies on English word lists: on other languages it is skipped and the
   * verdict says so, instead of misfiring on words that only look like English.
   */
  englishOnly?: boolean;
  run(a: Analysis): Finding[];
}

/** Evidence for `draft.slice(start, end)`, clamped into the draft so ranges are always valid. */
export function evidence(draft: string, start: number, end: number): Evidence {
  const s = Math.max(0, Math.min(start, draft.length));
  const e = Math.max(s, Math.min(end, draft.length));
  return { start: s, end: e, text: draft.slice(s, e) };
}
