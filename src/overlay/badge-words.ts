/**
 * What the badge says: a status in Worthy's vocabulary ("Worth sending · 82", "Checking…",
 * "Sent unchecked"), never a command, and the accessible name that contains it (WCAG 2.5.3).
 */
import { msg } from '../shared/i18n';
import { percent, type Tone, VERDICT } from '../ui/vocabulary';
import type { BadgeModel } from './model';

export interface BadgeWords {
  /** The verdict or state in words, e.g. "Worth sending" or "Checking…". */
  status: string;
  /** The score when there is a verdict to show. */
  score: number | null;
  tone: Tone;
  /** The accessible name: starts with "Worthy" and contains the visible text. */
  label: string;
}

type Model = Pick<BadgeModel, 'state' | 'verdict' | 'status'>;

function stateWord(state: BadgeModel['state']): string {
  switch (state) {
    case 'paused':
      return msg('overlay_badge_paused');
    case 'unchecked':
      return msg('overlay_badge_unchecked');
    case 'error':
      return msg('overlay_badge_error');
    default:
      return msg('overlay_badge_checking');
  }
}

export function badgeWords(model: Model): BadgeWords {
  // The gate's state ("Checking…", "Sent unchecked") shows over the verdict while it applies.
  const b = model.status ? { ...model, state: model.status } : model;
  const v = b.verdict;
  const showVerdict = v && (b.state === 'ready' || b.state === 'pending' || b.state === 'error');
  if (!showVerdict) {
    const status = stateWord(b.state);
    // The gate's states say what happened to the send, not only what the badge shows.
    const label =
      model.status === 'unchecked'
        ? msg('overlay_badge_label_unchecked')
        : model.status === 'checking'
          ? msg('overlay_badge_label_checking_send')
          : b.state === 'error'
            ? msg('overlay_badge_label_error')
            : msg('overlay_badge_label', [status]);
    return { status, score: null, tone: 'neutral', label };
  }
  const { name, tone } = VERDICT[v.verdict];
  const status = msg(name);
  const score = Math.round(v.score);
  const relevance =
    v.relevance === null
      ? msg('overlay_relevance_unknown')
      : msg('overlay_relevance_percent', [percent(v.relevance)]);
  const label = msg(
    b.state === 'ready' ? 'overlay_badge_label_verdict' : 'overlay_badge_label_verdict_stale',
    [status, score, percent(v.spam), relevance],
  );
  return { status, score, tone, label };
}
