/** Small helpers shared by the spam detectors. */
import type { Analysis } from '../../analysis';
import { evidence, type Hit, strength } from '../../detector';
import { listAnd, type Translate } from '../../i18n';
import type { SignalId } from '../../registry';
import type { Evidence } from '../../types';

/**
 * Strength of several hits of one kind: the strongest counts fully, each further one adds a
 * share of its own, capped so that piling up phrases of one kind saturates.
 */
export function combine(weights: readonly number[], share = 0.35, cap = 60): number {
  if (weights.length === 0) return 0;
  const sorted = [...weights].sort((x, y) => y - x);
  let total = sorted[0]!;
  for (let i = 1; i < sorted.length; i++) total += sorted[i]! * share;
  return Math.round(Math.min(cap, total) * 10) / 10;
}

/** Evidence ranges for the draft, merged when they overlap, at most `limit` of them. */
export function evidenceOf(
  a: Analysis,
  ranges: readonly { start: number; end: number }[],
  limit = 20,
): Evidence[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Evidence[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) out[out.length - 1] = evidence(a.draft, last.start, r.end);
      continue;
    }
    if (out.length >= limit) break;
    out.push(evidence(a.draft, r.start, r.end));
  }
  return out;
}

/** A hit whose evidence is `ranges`, merged and clamped; `scale` is on the strength scale. */
export function hitOf(
  a: Analysis,
  f: {
    id: SignalId;
    scale: number;
    message: string;
    ranges: readonly { start: number; end: number }[];
    suggestion?: string;
  },
): Hit {
  const out: Hit = {
    id: f.id,
    value: strength(f.scale),
    message: f.message,
    evidence: evidenceOf(a, f.ranges),
  };
  if (f.suggestion) out.suggestion = f.suggestion;
  return out;
}

/** `"a", "b" and "c"` for messages, in the catalog's language; at most `max` items, then "…". */
export function quoteList(t: Translate, items: readonly string[], max = 3): string {
  const uniq = [...new Set(items.map((s) => s.trim()).filter(Boolean))];
  const shown = uniq
    .slice(0, max)
    .map((s) => t('engine_quote', [s.length > 40 ? `${s.slice(0, 39)}…` : s]));
  if (uniq.length > max) shown.push('…');
  return listAnd(t, shown);
}
