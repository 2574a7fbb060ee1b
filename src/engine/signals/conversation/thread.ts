/**
 * The conversation so far: does the draft answer what they asked, give what they asked for,
 * pick up what they said, or simply acknowledge it? "Answers" needs evidence of the kind the
 * question wants (see answer.ts); a reply that shares their words but gives no date to "when" is
 * not an answer.
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit } from '../../detector';
import { draftSideOf, matchUnits } from '../../relevance/match';
import { unitOf } from '../../relevance/profile';
import { termEvidence } from '../../relevance/shared';
import { emojiOf } from '../../text/emoji';
import { linksOf } from '../../text/links';
import type { Evidence, Quote } from '../../types';
import { readAnswer } from './answer';
import { type AskKind, asksOf, openRun } from './asks';

/** Blended similarity to their recent messages that counts as picking up what they said. */
const ON_POINT = 0.12;
/** Kinds that name a thing they asked us to give. */
const GIVEN: readonly AskKind[] = ['link', 'phone', 'email', 'address'];
/** Up to this many words, a reply is an acknowledgement rather than an answer. */
const SHORT_WORDS = 6;

function theirRecent(a: Analysis, n: number): { text: string; index: number }[] {
  const msgs = a.input.messages ?? [];
  const out: { text: string; index: number }[] = [];
  for (let i = msgs.length - 1; i >= 0 && out.length < n; i--) {
    const m = msgs[i]!;
    if (m.from === 'them' && m.text.trim()) out.push({ text: m.text, index: i });
  }
  return out;
}

function dedupe(ev: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return ev
    .filter((e) => {
      const k = `${e.start}:${e.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((x, y) => x.start - y.start)
    .slice(0, 6);
}

function questionHits(a: Analysis, quote: Quote): Hit[] {
  const asks = asksOf(a);
  const r = readAnswer(a);
  const out: Hit[] = [];
  const asked = r.byKind.size;
  if (asked === 0) return out;
  if (r.answered.length > 0) {
    out.push({
      id: 'answers-their-question',
      value: r.answered.length / asked,
      message: a.t('signal_answers_their_question_message'),
      evidence: dedupe(r.answered.flatMap((k) => r.byKind.get(k) ?? [])),
      quotes: [quote],
    });
  }
  const given = r.answered.filter((k) => GIVEN.includes(k));
  if (given.length > 0) {
    out.push({
      id: 'gives-what-they-asked',
      value: 1,
      message: a.t('signal_gives_what_they_asked_message'),
      evidence: dedupe(given.flatMap((k) => r.byKind.get(k) ?? [])),
      quotes: [quote],
    });
  }
  if (r.missed.length > 0) {
    out.push({
      id: 'ignores-their-question',
      value: r.missed.length / asked,
      message: a.t('signal_ignores_their_question_message'),
      evidence: [],
      quotes: [quote],
      suggestion: a.t('signal_ignores_their_question_suggestion', [quote.text.slice(0, 100)]),
    });
    if (asks.times >= 2) {
      out.push({
        id: 'asked-again',
        value: Math.min(4, asks.times - 1),
        message: a.t('signal_asked_again_message', [asks.times]),
        evidence: [],
        quotes: [quote],
        suggestion: a.t('signal_asked_again_suggestion'),
      });
    }
  }
  return out;
}

/** A thanks, "sounds good" or emoji: what a live conversation is made of. */
function shortAcknowledgement(a: Analysis): Hit[] {
  if (a.context.theirMessages === 0 || linksOf(a).length > 0) return [];
  const words = a.tokens.length;
  const emoji = emojiOf(a).length;
  if (words > SHORT_WORDS || (words === 0 && emoji === 0)) return [];
  return [
    {
      id: 'short-acknowledgement',
      value: 1,
      message: a.t('signal_short_acknowledgement_message'),
      evidence: [evidence(a.draft, 0, a.draft.length)],
    },
  ];
}

function conversationHits(a: Analysis): Hit[] {
  const recent = theirRecent(a, 5);
  if (recent.length === 0) return [];
  const vectors = a.resources.vectors;
  const units = recent.map((r) => unitOf(r.text, 'thread', vectors, r.index));
  const m = matchUnits(draftSideOf(a), units, null);
  const sim = Math.max(m.similarity, ...m.perUnit.map((u) => u.score));
  if (sim >= ON_POINT && m.best >= 0) {
    const u = units[m.best]!;
    return [
      {
        id: 'follows-the-thread',
        value: Math.min(1, sim / 0.3),
        message: a.t('signal_follows_the_thread_message'),
        evidence: termEvidence(a, m.shared),
        quotes: [{ source: 'thread', index: u.index ?? 0, text: u.text }],
      },
    ];
  }
  return [
    {
      id: 'replies-in-conversation',
      value: 1,
      message: a.t('signal_replies_in_conversation_message'),
      evidence: [],
    },
  ];
}

export const threadDetector: Detector = {
  name: 'thread-context',
  signals: [
    'answers-their-question',
    'gives-what-they-asked',
    'ignores-their-question',
    'asked-again',
    'follows-the-thread',
    'replies-in-conversation',
    'short-acknowledgement',
  ],
  run(a) {
    const ctx = a.context;
    if (ctx.kind === 'cold' || ctx.theirMessages === 0) return [];
    const out: Hit[] = [];
    // Their open question, or, when they offered options without a question mark, their last
    // message: both want something specific back.
    const run = openRun(a);
    const q = ctx.openQuestion ?? (asksOf(a).kinds.size > 0 ? run[run.length - 1] : undefined);
    if (q) {
      const unit = unitOf(q.text, 'thread', a.resources.vectors, q.index);
      out.push(...questionHits(a, { source: 'thread', index: q.index, text: unit.text }));
    }
    out.push(...conversationHits(a), ...shortAcknowledgement(a));
    return out;
  },
};
