/** Words and numbers the overlay shows; pure so tests and the dialog share them. */
import type { VerdictMessage } from '../shared/messages';
import type { BadgeModel, VerdictKind } from './model';

type Signal = VerdictMessage['signals'][number];
type Severity = Signal['severity'];

export const VERDICT_WORD: Record<VerdictKind, string> = {
  send: 'Good to send',
  revise: 'Revise',
  hold: 'Hold',
};

export const CONTEXT_WORD: Record<VerdictMessage['context']['kind'], string> = {
  cold: 'Cold message: they have not written to you',
  'customer-initiated': 'They started this conversation',
  ongoing: 'Ongoing conversation',
};

export const SEVERITY_WORD: Record<Severity, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Note',
  good: 'Good',
};

const SEVERITY_RANK: Record<Severity, number> = { high: 4, medium: 3, low: 2, info: 1, good: 0 };

export function pct(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100);
}

export function relevanceText(v: VerdictMessage): string {
  return v.relevance === null ? 'relevance unknown' : `relevance ${pct(v.relevance)}%`;
}

/** The badge's accessible name. Always starts with "Worthy" so users and tests can find it. */
export function badgeLabel(b: Pick<BadgeModel, 'state' | 'verdict' | 'error'>): string {
  if (b.state === 'paused') return 'Worthy: paused here. Open guidance';
  if (b.state === 'error' && !b.verdict)
    return 'Worthy: guidance unavailable, sending is not affected';
  if (!b.verdict) return 'Worthy: checking this draft';
  const v = b.verdict;
  const checking = b.state === 'pending' ? ' (updating)' : '';
  return `Worthy: ${v.verdict}${checking} — spam risk ${pct(v.spam)}%, ${relevanceText(v)}. Open guidance`;
}

/** Signals grouped the way the panel shows them, worst first inside each group. */
export function groupSignals(signals: Signal[]): {
  hurts: Signal[];
  helps: Signal[];
  notes: Signal[];
} {
  const sorted = [...signals].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return {
    hurts: sorted.filter((s) => s.severity !== 'good' && s.severity !== 'info'),
    helps: sorted.filter((s) => s.severity === 'good'),
    notes: sorted.filter((s) => s.severity === 'info'),
  };
}

/** The reasons the warning dialog leads with: the worst few problems. */
export function topReasons(v: VerdictMessage, n = 3): string[] {
  const { hurts } = groupSignals(v.signals);
  const out = hurts.slice(0, n).map((s) => s.message);
  if (out.length === 0)
    out.push(`Score ${Math.round(v.score)} out of 100 is below the bar for this send.`);
  return out;
}
