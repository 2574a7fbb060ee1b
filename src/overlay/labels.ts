/** Words and numbers the overlay shows; pure so tests and the dialog share them. */
import { msg } from '../shared/i18n';
import type { VerdictMessage } from '../shared/messages';
import type { BadgeModel, VerdictKind } from './model';

type Signal = VerdictMessage['signals'][number];
type Severity = Signal['severity'];

/** Catalog keys (see `public/_locales`); look them up with `msg` when rendering. */
export const VERDICT_WORD: Record<VerdictKind, string> = {
  send: 'overlay_verdict_send',
  revise: 'overlay_verdict_revise',
  hold: 'overlay_verdict_hold',
};

const BADGE_KIND: Record<VerdictKind, string> = {
  send: 'overlay_badge_kind_send',
  revise: 'overlay_badge_kind_revise',
  hold: 'overlay_badge_kind_hold',
};

export const CONTEXT_WORD: Record<VerdictMessage['context']['kind'], string> = {
  cold: 'overlay_context_cold',
  'customer-initiated': 'overlay_context_customer_initiated',
  ongoing: 'overlay_context_ongoing',
};

export const SEVERITY_WORD: Record<Severity, string> = {
  high: 'overlay_severity_high',
  medium: 'overlay_severity_medium',
  low: 'overlay_severity_low',
  info: 'overlay_severity_info',
  good: 'overlay_severity_good',
};

const SEVERITY_RANK: Record<Severity, number> = { high: 4, medium: 3, low: 2, info: 1, good: 0 };

export function pct(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100);
}

export function relevanceText(v: VerdictMessage): string {
  return v.relevance === null
    ? msg('overlay_relevance_unknown')
    : msg('overlay_relevance_percent', [pct(v.relevance)]);
}

/** The badge's accessible name. Always starts with "Worthy" so users and tests can find it. */
export function badgeLabel(b: Pick<BadgeModel, 'state' | 'verdict' | 'error' | 'status'>): string {
  if (b.status === 'checking') return msg('overlay_badge_label_checking_send');
  if (b.status === 'unchecked') return msg('overlay_badge_label_unchecked');
  if (b.state === 'paused') return msg('overlay_badge_label_paused');
  if (b.state === 'error' && !b.verdict) return msg('overlay_badge_label_error');
  if (!b.verdict) return msg('overlay_badge_label_checking');
  const v = b.verdict;
  // The visible "Send 87" must be part of the name (WCAG 2.5.3 Label in Name; axe flagged it).
  return msg(
    b.state === 'pending' ? 'overlay_badge_label_verdict_updating' : 'overlay_badge_label_verdict',
    [msg(BADGE_KIND[v.verdict]), Math.round(v.score), pct(v.spam), relevanceText(v)],
  );
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
  if (out.length === 0) out.push(msg('overlay_reason_low_score', [Math.round(v.score)]));
  return out;
}
