/** Plain-language labels shared by the popup and the overlay. */
import type { Severity, VerdictKind } from '../engine/types';

export const VERDICT_LABEL: Record<VerdictKind, string> = {
  send: 'Worth sending',
  revise: 'Revise first',
  hold: 'Hold it',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  good: 'Helps',
  info: 'Note',
  low: 'Minor',
  medium: 'Matters',
  high: 'Serious',
};

/** 0..1 as a whole percentage, e.g. 0.426 → 43. */
export const percent = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100);

/** A signal or check id in words: "shortened-links" → "Shortened links". */
export function humanId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
