/**
 * Context: in a thread the customer started, relevance is to what they asked; in an ongoing
 * thread, to their recent messages. Overlap and meaning work in any language the vectors cover;
 * the English "answer shapes" (order status, refunds, "I've checked") apply to English drafts only.
 */
import type { Analysis } from '../analysis';
import type { Detector, Finding } from '../detector';
import { draftSideOf, matchUnits } from './match';
import { unitOf } from './profile';
import { clamp01, round1, termEvidence } from './shared';

const ANSWER_SHAPES =
  /\b(?:i'?ve|i\s+have|we'?ve|we\s+have|just)\s+(?:checked|looked|confirmed|sent|issued|processed|refunded|fixed|updated|escalated|reset)\b|\bhere'?s\s+(?:how|what|the|your|a)\b|\b(?:your|the)\s+(?:order|package|parcel|refund|replacement|account|ticket|tracking|delivery|shipment|subscription|invoice)\b|\btracking\s+(?:number|link|code)\b|\b(?:refund|replacement|exchange)\s+(?:has|is|was|will)\b|\b(?:you\s+can|you'?ll\s+need\s+to|try)\s+\w+ing?\b|\bstep\s*1\b|\bshould\s+(?:arrive|be\s+there|reach\s+you)\b|\b(?:sorry|apologies)\s+(?:about|for)\s+the\b/i;

/** Blended similarity to the question (or recent messages) that counts as engaging with it. */
const ON_POINT = 0.12;
const ANSWER_POINTS = 75;
const IGNORE_POINTS = -20;
/**
 * A reply in a live conversation starts from here: they are talking with you, so a short
 * "thanks, will do" is expected even when it shares no words with what they wrote.
 */
const IN_CONVERSATION_POINTS = 45;
/** Extra points when the reply picks up what they last wrote. */
const FOLLOW_POINTS = 25;

function theirRecent(a: Analysis, n: number): { text: string; index: number }[] {
  const msgs = a.input.messages ?? [];
  const out: { text: string; index: number }[] = [];
  for (let i = msgs.length - 1; i >= 0 && out.length < n; i--) {
    const m = msgs[i]!;
    if (m.from === 'them' && m.text.trim()) out.push({ text: m.text, index: i });
  }
  return out;
}

export const threadDetector: Detector = {
  name: 'thread-context',
  signals: [
    {
      id: 'answers-their-question',
      axis: 'relevance',
      summary: 'In a thread they started, the draft answers the question they asked.',
    },
    {
      id: 'ignores-their-question',
      axis: 'relevance',
      summary: 'In a thread they started, the draft does not address their open question.',
    },
    {
      id: 'follows-the-thread',
      axis: 'relevance',
      summary: 'In an ongoing conversation, the draft picks up what they last wrote.',
    },
    {
      id: 'replies-in-conversation',
      axis: 'relevance',
      summary: 'A reply in a conversation they take part in, without picking up what they wrote.',
    },
  ],
  run(a) {
    const ctx = a.context;
    const side = draftSideOf(a);
    const vectors = a.resources.vectors;
    const out: Finding[] = [];
    if (ctx.openQuestion && ctx.kind !== 'cold') {
      const q = ctx.openQuestion;
      const unit = unitOf(q.text, 'thread', vectors, q.index);
      const m = matchUnits(side, [unit], unit.vec);
      const shape = a.language.english && ANSWER_SHAPES.test(a.draft.slice(0, 5_000));
      const quote = { source: 'thread' as const, index: q.index, text: unit.text };
      if (m.similarity >= ON_POINT || shape) {
        out.push({
          id: 'answers-their-question',
          axis: 'relevance',
          severity: 'good',
          weight: ctx.kind === 'customer-initiated' ? ANSWER_POINTS : ANSWER_POINTS - 20,
          message: a.t('signal_answers_their_question_message'),
          evidence: termEvidence(a, m.shared),
          quotes: [quote],
        });
      } else if (a.language.english && a.tokens.length >= 2) {
        // Outside English we cannot tell an answer from a dodge, so we say nothing.
        out.push({
          id: 'ignores-their-question',
          axis: 'relevance',
          severity: 'high',
          weight: IGNORE_POINTS,
          message: a.t('signal_ignores_their_question_message'),
          evidence: [],
          quotes: [quote],
          suggestion: a.t('signal_ignores_their_question_suggestion', [unit.text.slice(0, 100)]),
        });
      }
      return out;
    }
    if (ctx.kind === 'ongoing' || (ctx.kind === 'customer-initiated' && ctx.theirMessages > 0)) {
      const recent = theirRecent(a, 5);
      if (recent.length === 0) return out;
      const units = recent.map((r) => unitOf(r.text, 'thread', vectors, r.index));
      const m = matchUnits(side, units, null);
      const sim = Math.max(m.similarity, ...m.perUnit.map((u) => u.score));
      if (sim >= ON_POINT && m.best >= 0) {
        const u = units[m.best]!;
        out.push({
          id: 'follows-the-thread',
          axis: 'relevance',
          severity: 'good',
          weight: round1(IN_CONVERSATION_POINTS + FOLLOW_POINTS * clamp01(sim / 0.3)),
          message: a.t('signal_follows_the_thread_message'),
          evidence: termEvidence(a, m.shared),
          quotes: [{ source: 'thread', index: u.index ?? 0, text: u.text }],
        });
      } else {
        out.push({
          id: 'replies-in-conversation',
          axis: 'relevance',
          severity: 'info',
          weight: IN_CONVERSATION_POINTS,
          message: a.t('signal_replies_in_conversation_message'),
          evidence: [],
        });
      }
    }
    return out;
  },
};
