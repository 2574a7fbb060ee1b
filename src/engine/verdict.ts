/**
 * Turns findings into the two axes and the overall verdict. The arithmetic is deliberately
 * simple so the ledger explains it: spam risk combines like independent risks, relevance adds
 * points, and the score discounts relevance by spam risk.
 */
import type { EngineSettings } from './schema';
import type { ConversationKind, Ledger, Signal, VerdictKind } from './types';

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

export function ledgerOf(signals: readonly Signal[], axis: Signal['axis']): Ledger {
  const entries = signals
    .filter((s) => s.axis === axis && s.weight !== 0)
    .map((s) => ({ id: s.id, points: round1(s.weight) }));
  return { total: round1(entries.reduce((sum, e) => sum + e.points, 0)), entries };
}

/**
 * Spam risk as 1 - Π(1 - wᵢ/100): two independent 30-point signals give 51, not 60, and no pile
 * of small signals ever passes 100.
 */
export function spamOf(signals: readonly Signal[]): number {
  let keep = 1;
  for (const s of signals) {
    if (s.axis === 'spam' && s.weight > 0) keep *= 1 - Math.min(100, s.weight) / 100;
  }
  return round3(1 - keep);
}

export function relevanceOf(signals: readonly Signal[], known: boolean): number | null {
  if (!known) return null;
  return round3(clamp01(ledgerOf(signals, 'relevance').total / 100));
}

/**
 * How much relevance counts in each context. A cold DM with nothing specific scores low; a reply
 * in a thread the recipient started starts higher because they asked to hear from us.
 */
const FLOOR: Record<ConversationKind, number> = {
  cold: 0.4,
  ongoing: 0.55,
  'customer-initiated': 0.5,
};
/**
 * Used when nothing is known of the recipient: we cannot tell, so assume middling. At 0.5 a clean
 * cold DM to an unknown person lands exactly on the default `send` threshold, and any spam
 * signal pushes it to `revise`: Worthy does not hold what it cannot judge.
 */
const UNKNOWN_RELEVANCE = 0.5;

export function scoreOf(relevance: number | null, spam: number, kind: ConversationKind): number {
  const rel = relevance ?? UNKNOWN_RELEVANCE;
  const floor = FLOOR[kind];
  return Math.round(100 * (1 - spam) * (floor + (1 - floor) * rel));
}

export function verdictOf(score: number, settings: EngineSettings): VerdictKind {
  if (score >= settings.thresholds.send) return 'send';
  if (score < settings.thresholds.hold) return 'hold';
  return 'revise';
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
