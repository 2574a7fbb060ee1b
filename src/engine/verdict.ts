/**
 * Hits → points → the verdict. Each hit's points come from the fitted model (model/); the score
 * is the context's base plus the sum of points, so the ledger adds up to the score exactly. The
 * two axes the UI shows are read off the same points: spam from the points spam signals took
 * off, relevance from the points relevance signals gave or took.
 */
import type { Hit } from './detector';
import {
  HOLD_BELOW,
  type ModelData,
  pointsFor,
  SEND_AT,
  UNKNOWN_RECIPIENT_BASE,
} from './model/index';
import { signalDef } from './registry';
import type { EngineSettings } from './schema';
import type { ConversationKind, Ledger, Severity, Signal, VerdictKind } from './types';

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Severity from the points a signal moves the score: the UI sorts and colours by it. */
export function severityOf(points: number, effect: 'raises' | 'lowers' | 'info'): Severity {
  if (effect === 'info' || Math.abs(points) < 0.5) return 'info';
  if (points > 0) return 'good';
  if (points <= -20) return 'high';
  if (points <= -8) return 'medium';
  return 'low';
}

/** A hit as the verdict reports it: with its points, axis and severity. */
export function signalOf(hit: Hit, model: ModelData, kind: ConversationKind): Signal {
  const def = signalDef(hit.id);
  const points = def.effect === 'info' ? 0 : round1(pointsFor(model, hit.id, hit.value, kind));
  const s: Signal = {
    id: hit.id,
    axis: def.axis,
    severity: severityOf(points, def.effect),
    // On the spam axis a positive weight is spammier (points taken off); on relevance it is
    // more relevant (points given).
    weight: def.axis === 'spam' ? round1(-points) || 0 : points,
    points,
    message: hit.message,
    evidence: hit.evidence,
  };
  if (hit.quotes) s.quotes = hit.quotes;
  return s;
}

export function ledgerOf(signals: readonly Signal[], axis: Signal['axis']): Ledger {
  const entries = signals
    .filter((s) => s.axis === axis && s.weight !== 0)
    .map((s) => ({ id: s.id, points: s.weight }));
  return { total: round1(entries.reduce((sum, e) => sum + e.points, 0)), entries };
}

/**
 * 0..100: the context's base plus every signal's points, clamped. A cold DM to a recipient
 * Worthy knows nothing about starts on the send line (UNKNOWN_RECIPIENT_BASE).
 */
export function scoreOf(
  signals: readonly Signal[],
  model: ModelData,
  kind: ConversationKind,
  known: boolean,
) {
  let total = kind === 'cold' && !known ? UNKNOWN_RECIPIENT_BASE : model.base[kind];
  for (const s of signals) total += s.points;
  return Math.max(0, Math.min(100, Math.round(total)));
}

/**
 * Spam risk, 0..1, from the points spam signals took off: 25 points is 0.63, 50 is 0.86. A
 * saturating curve rather than a sum so a pile of small signals never reads as certainty.
 */
export function spamOf(signals: readonly Signal[]): number {
  let taken = 0;
  for (const s of signals) if (s.axis === 'spam' && s.weight > 0) taken += s.weight;
  return round3(1 - Math.exp(-taken / 25));
}

/**
 * Relevance, 0..1, from the relevance points: 0.5 when nothing speaks either way, towards 1 as
 * points are given, towards 0 as they are taken (an off-topic pitch). Null when nothing is
 * known of the recipient, because then there is nothing to be relevant to.
 */
export function relevanceOf(signals: readonly Signal[], known: boolean): number | null {
  if (!known) return null;
  let total = 0;
  for (const s of signals) if (s.axis === 'relevance') total += s.weight;
  return round3(1 / (1 + Math.exp(-total / 15)));
}

export interface Cuts {
  send: number;
  hold: number;
}

/**
 * The lines the verdict is read at. The fit puts them at 70 and 40 in every context; the user's
 * strictness settings move them (a stricter send line asks more of every draft).
 */
export function cutsOf(settings: EngineSettings): Cuts {
  return { send: SEND_AT + settings.strictness.send, hold: HOLD_BELOW + settings.strictness.hold };
}

export function verdictOf(score: number, cuts: Cuts): VerdictKind {
  if (score >= cuts.send) return 'send';
  if (score < cuts.hold) return 'hold';
  return 'revise';
}

export { HOLD_BELOW, SEND_AT };
