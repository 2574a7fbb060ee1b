/**
 * The same draft, lightly edited, going to many people: the pattern X's spam systems and
 * recipients both recognise. Compared on fingerprints, so it works on stored history too.
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit, strength } from '../../detector';
import { signatureOf, similarAtLeast, similaritySlots, slotsNeeded } from '../../text/fingerprint';
import {
  countWithin,
  DAY,
  historyOf,
  normHandle,
  span,
  TEMPLATE_WINDOW_MS,
  within,
} from './history';
import { slotsOf, textPrint } from './prepared';

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
    const sent = historyOf(a);
    const recentCount = countWithin(a, REPEAT_WINDOW_MS);
    const mySends = (a.input.messages ?? []).filter((m) => m.from === 'me' && m.text.trim() !== '');
    // Nothing to compare with: skip fingerprinting the draft (about 6% of a warm draft's time).
    if (recentCount === 0 && mySends.length === 0) return out;
    const mine = signatureOf(a);
    if (!mine) return out;
    const me = normHandle(a.recipient.handle);
    const templateFrom = a.now - TEMPLATE_WINDOW_MS;
    const inWindow = within(a, REPEAT_WINDOW_MS);
    // Once the history has a slot index, it counts agreeing slots exactly and lists the entries
    // agreeing in enough of them to match at all (both thresholds are at least the template's);
    // before that, every recent entry is compared. Both give the same matches (slot-index.ts).
    const least = slotsNeeded(Math.min(TEMPLATE_SIMILARITY, REPEAT_SIMILARITY));
    const indexed = recentCount > 0 ? sent.agreements(mine, least, a.caches) : null;
    const candidates: Iterable<number> = indexed ? indexed.over : range(sent.size);
    const similar = (i: number, min: number): boolean => {
      if (indexed) return indexed.counts[i]! >= slotsNeeded(min);
      const slots = sent.slots(i, a.caches);
      return slots !== null && similarAtLeast(mine, slots, min);
    };
    for (const i of candidates) {
      if (!inWindow(sent.at[i]!)) continue;
      const who = sent.who[i]!;
      const at = sent.at[i]!;
      const same = me !== '' && who === me;
      if (!same && at <= templateFrom) continue;
      if (same) {
        if (similar(i, REPEAT_SIMILARITY)) out.repeats.push(at);
      } else if (similar(i, TEMPLATE_SIMILARITY)) {
        out.others.set(who, Math.max(out.others.get(who) ?? 0, at));
        out.earliest = Math.min(out.earliest, at);
      }
    }
    const names = [a.recipient.name ?? '', a.recipient.handle ?? ''];
    for (const m of mySends) {
      const slots = slotsOf(a.caches, textPrint(a.caches, m.text, names));
      if (slots && similaritySlots(mine, slots) >= REPEAT_SIMILARITY) out.repeats.push(m.at ?? 0);
    }
    return out;
  });
}

/** 0, 1, … n − 1. */
function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

/**
 * Feature value by how many other people got the same message: 2 is a hint (0.5), 3 a pattern
 * (1), and from there it grows with the doublings (5 → 1.6, 10 → 2.4, 20 → 3.2), up to 4.
 */
export function blanketValue(n: number): number {
  if (n < 2) return 0;
  if (n === 2) return 0.5;
  return Math.round(Math.min(4, 1 + 0.8 * Math.log2(n / 3)) * 100) / 100;
}

function blanket(a: Analysis): Hit[] {
  const m = templateMatches(a);
  const out: Hit[] = [];
  const whole = [evidence(a.draft, 0, a.draft.length)];
  const value = blanketValue(m.others.size);
  if (value > 0) {
    const latest = Math.max(...m.others.values());
    const when = a.t('blanket_when', [span(a.t, a.now - m.earliest), span(a.t, a.now - latest)]);
    const who = a.t(m.others.size === 1 ? 'blanket_who_one' : 'blanket_who_other', [m.others.size]);
    if (a.context.kind === 'customer-initiated') {
      // Support teams answer the same question with the same macro; that is service, not spam.
      out.push({
        id: 'blanket-sending',
        value: Math.round(value * 10) / 100,
        message: a.t('signal_blanket_sending_message_support', [who, when]),
        evidence: whole,
      });
    } else {
      out.push({
        id: 'blanket-sending',
        value,
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
      value: strength(
        Math.round((n >= 2 ? 40 : 25) * (a.context.kind === 'customer-initiated' ? 0.5 : 1)),
      ),
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
  signals: ['blanket-sending', 'repeated-to-same-recipient'],
  run: blanket,
};
