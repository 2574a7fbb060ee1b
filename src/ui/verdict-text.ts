/** Plain-language labels shared by the popup and the overlay. */
import type { Severity, VerdictKind } from '../engine/types';

/** Catalog keys (see `public/_locales`); look them up with `msg` when rendering. */
export const VERDICT_LABEL: Record<VerdictKind, string> = {
  send: 'ui_verdict_send',
  revise: 'ui_verdict_revise',
  hold: 'ui_verdict_hold',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  good: 'ui_severity_good',
  info: 'ui_severity_info',
  low: 'ui_severity_low',
  medium: 'ui_severity_medium',
  high: 'ui_severity_high',
};

/** 0..1 as a whole percentage, e.g. 0.426 → 43. */
export const percent = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100);

/** A signal or check id in words: "shortened-links" → "Shortened links". */
export function humanId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
