/**
 * The same draft, lightly edited, going to many people: the pattern X's spam systems and
 * recipients both recognise. Compared on fingerprints, so it works on stored history too.
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Finding } from '../../detector';
import {
  decodeFingerprint,
  fingerprintOf,
  similarAtLeast,
  similaritySlots,
} from '../../text/fingerprint';
import type { Severity } from '../../types';
import {
  DAY,
  entrySlots,
  fingerprintText,
  normHandle,
  recentHistory,
  span,
  TEMPLATE_WINDOW_MS,
} from './history';

/** MinHash similarity at or above which two messages share a template (edits measure 0.64–0.78). */
export const TEMPLATE_SIMILARITY = 0.5;
/** Similarity at or above which a message to the same person is a repeat, not a follow-up. */
export const REPEAT_SIMILARITY = 0.8;
/** Shorter drafts ("thanks!", "sounds good") are naturally the same for everyone. */
const MIN_WORDS = 5;
const REPEAT_WINDOW_MS = 30 * DAY;

export interface TemplateMatches {
  /** Other recipients who got a near-identical message, with the time of the latest one. */
  others: Map<string, number>;
  /** Earliest matching send to another recipient. */
  earliest: number;
  /** Times near-identical messages went to this same recipient (history and thread). */
  repeats: number[];
}

export function templateMatches(a: Analysis): TemplateMatches {
  return a.memo('sending:template-matches', () => {
    const out: TemplateMatches = { others: new Map(), earliest: a.now, repeats: [] };
    if (a.tokens.length < MIN_WORDS) return out;
    const mine = decodeFingerprint(fingerprintOf(a));
    if (!mine) return out;
    const me = normHandle(a.recipient.handle);
    for (const e of recentHistory(a, REPEAT_WINDOW_MS)) {
      const who = e.who;
      const same = me !== '' && who === me;
      if (!same && e.at <= a.now - TEMPLATE_WINDOW_MS) continue;
      const slots = entrySlots(e);
      if (!slots) continue;
      if (same) {
        if (similarAtLeast(mine, slots, REPEAT_SIMILARITY)) out.repeats.push(e.at);
      } else if (similarAtLeast(mine, slots, TEMPLATE_SIMILARITY)) {
        out.others.set(who, Math.max(out.others.get(who) ?? 0, e.at));
        out.earliest = Math.min(out.earliest, e.at);
      }
    }
    const names = [a.recipient.name ?? '', a.recipient.handle ?? ''];
    for (const m of a.input.messages ?? []) {
      if (m.from !== 'me' || m.text.trim() === '') continue;
      const slots = decodeFingerprint(fingerprintText(m.text, names));
      if (slots && similaritySlots(mine, slots) >= REPEAT_SIMILARITY) out.repeats.push(m.at ?? 0);
    }
    return out;
  });
}

/** Points by how many other people got the same message: 2 low, 3–4 medium, 5+ high, 10+ more. */
export function blanketWeight(n: number): { weight: number; severity: Severity } | null {
  if (n >= 10) return { weight: 75, severity: 'high' };
  if (n >= 5) return { weight: 55, severity: 'high' };
  if (n >= 3) return { weight: 30, severity: 'medium' };
  if (n >= 2) return { weight: 15, severity: 'low' };
  return null;
}

function blanket(a: Analysis): Finding[] {
  const m = templateMatches(a);
  const out: Finding[] = [];
  const whole = [evidence(a.draft, 0, a.draft.length)];
  const base = blanketWeight(m.others.size);
  if (base) {
    const latest = Math.max(...m.others.values());
    const when = a.t('blanket_when', [span(a.t, a.now - m.earliest), span(a.t, a.now - latest)]);
    const who = a.t(m.others.size === 1 ? 'blanket_who_one' : 'blanket_who_other', [m.others.size]);
    if (a.context.kind === 'customer-initiated') {
      // Support teams answer the same question with the same macro; that is service, not spam.
      out.push({
        id: 'blanket-sending',
        axis: 'spam',
        severity: 'info',
        weight: Math.round(base.weight * 0.1),
        message: a.t('signal_blanket_sending_message_support', [who, when]),
        evidence: whole,
      });
    } else {
      const weight = a.context.kind === 'ongoing' ? Math.round(base.weight * 0.6) : base.weight;
      out.push({
        id: 'blanket-sending',
        axis: 'spam',
        severity: base.severity,
        weight,
        message: a.t('signal_blanket_sending_message', [who, when]),
        evidence: whole,
        suggestion: a.t('signal_blanket_sending_suggestion'),
      });
    }
  }
  if (m.repeats.length > 0) {
    const n = m.repeats.length;
    const latest = Math.max(...m.repeats);
    const ago = latest > 0 ? span(a.t, a.now - latest) : '';
    const key =
      n === 1
        ? ago
          ? 'signal_repeated_to_same_recipient_message_once_ago'
          : 'signal_repeated_to_same_recipient_message_once'
        : ago
          ? 'signal_repeated_to_same_recipient_message_times_ago'
          : 'signal_repeated_to_same_recipient_message_times';
    out.push({
      id: 'repeated-to-same-recipient',
      axis: 'spam',
      severity: n >= 2 ? 'high' : 'medium',
      weight: Math.round((n >= 2 ? 40 : 25) * (a.context.kind === 'customer-initiated' ? 0.5 : 1)),
      // $1 is the count (unused by the "once" messages), $2 the time since the last one.
      message: a.t(key, [n, ago]),
      evidence: whole,
      suggestion: a.t('signal_repeated_to_same_recipient_suggestion'),
    });
  }
  return out;
}

export const blanketDetector: Detector = {
  name: 'blanket-sending',
  signals: [
    {
      id: 'blanket-sending',
      axis: 'spam',
      summary: 'The same or a lightly edited draft went to several different people recently.',
    },
    {
      id: 'repeated-to-same-recipient',
      axis: 'spam',
      summary: 'A near-identical message was already sent to this same person.',
    },
  ],
  run: blanket,
};
