/**
 * Selling where someone is waiting for an answer. In any language: the pitch reading uses the
 * multilingual selling words, prices and untrusted links (cues.ts), and "answered" is the answer
 * reader's (answer.ts), not shared words.
 *
 * - A pitch instead of an answer (an upgrade offered to a customer asking for a refund) is never
 *   service: `pitch-ignores-question`.
 * - An answer with a plug tacked on is fixable: `pitch-in-support-thread`.
 * - Another pitch after they said no: `repitch-after-no`.
 */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { readAnswer } from './answer';
import { asksOf, openRun } from './asks';
import { wordRegExp } from './boundary';
import { promoCues, readPitch } from './cues';

/** After a no: asking for their time again, or repeating the benefit. */
const ASK_AGAIN = wordRegExp(
  [
    String.raw`\b(?:could\s+i|can\s+i|let\s+me|how\s+about|just\s+so\s+you\s+know|\d{1,6}\s+min(?:ute)?s?|a\s+quick\s+(?:call|chat|demo)|show\s+you|save\s+\d|reconsider|change\s+your\s+mind|one\s+more\s+(?:time|chance)|podr[ií]a|puedo|posso|pourrais-je|puis-je|k[oö]nnte\s+ich|potrei|boleh|kya\s+main)\b`,
  ],
  'iu',
);

/** Whether the draft sells: a selling word, or two kinds of pitch cue (a price and a link). */
function selling(a: Analysis): boolean {
  const r = readPitch(a);
  return !r.service && (promoCues(a).length > 0 || r.strength >= 2);
}

function pitchHits(a: Analysis): Hit[] {
  if (a.context.kind === 'cold') return [];
  const r = readPitch(a);
  const ev = r.cues.slice(0, 5).map((c) => c.at);
  const waiting = openRun(a).length > 0 && asksOf(a).kinds.size > 0;
  if (asksOf(a).declined && (selling(a) || ASK_AGAIN.test(a.draft.slice(0, 5_000)))) {
    return [
      {
        id: 'repitch-after-no',
        value: 1,
        message: a.t('signal_repitch_after_no_message'),
        evidence: ev,
        suggestion: a.t('signal_repitch_after_no_suggestion'),
      },
    ];
  }
  if (!selling(a)) return [];
  const q = a.context.openQuestion;
  if (waiting && readAnswer(a).answered.length === 0) {
    const hit: Hit = {
      id: 'pitch-ignores-question',
      value: 1,
      message: a.t('signal_pitch_ignores_question_message'),
      evidence: ev,
      suggestion: a.t('signal_pitch_ignores_question_suggestion'),
    };
    if (q) hit.quotes = [{ source: 'thread', index: q.index, text: q.text }];
    return [hit];
  }
  if (a.context.kind === 'customer-initiated') {
    return [
      {
        id: 'pitch-in-support-thread',
        value: 1,
        message: a.t('signal_pitch_in_support_thread_message'),
        evidence: ev,
        suggestion: a.t('signal_pitch_in_support_thread_suggestion'),
      },
    ];
  }
  return [];
}

export const pitchDetector: Detector = {
  name: 'pitch-in-thread',
  signals: ['pitch-ignores-question', 'pitch-in-support-thread', 'repitch-after-no'],
  run: pitchHits,
};
