/**
 * A sales pitch where the recipient is waiting for an answer. Runs in every language: the pitch
 * reading uses English phrases only when the draft is English, and prices and links always.
 */
import type { Analysis } from '../../analysis';
import type { Detector, Finding } from '../../detector';
import { ENGLISH_STOPWORDS } from '../../text/stopwords';
import { tokenize } from '../../text/tokenize';
import { readPitch } from './cues';

/** Whether the draft shares enough content words with the question to be answering it. */
export function addressesQuestion(a: Analysis, question: string): boolean {
  const pitchRanges = readPitch(a).cues.map((c) => c.at);
  const content = (stems: string[]) =>
    new Set(stems.filter((s) => s.length > 1 && !ENGLISH_STOPWORDS.has(s)));
  const asked = content(tokenize(question).map((t) => t.stem));
  const said = content(
    a.tokens
      .filter((t) => !pitchRanges.some((r) => t.start >= r.start && t.end <= r.end))
      .map((t) => t.stem),
  );
  let shared = 0;
  for (const s of asked) if (said.has(s)) shared++;
  return shared >= (asked.size <= 2 ? 1 : 2);
}

function pitch(a: Analysis): Finding[] {
  const r = readPitch(a);
  if (!r.pitch) return [];
  const ev = r.cues.slice(0, 5).map((c) => c.at);
  const q = a.context.openQuestion;
  if (q && !addressesQuestion(a, q.text)) {
    return [
      {
        id: 'pitch-ignores-question',
        axis: 'spam',
        severity: 'high',
        weight: 40,
        message: a.t('signal_pitch_ignores_question_message'),
        evidence: ev,
        quotes: [{ source: 'thread', text: q.text }],
        suggestion: a.t('signal_pitch_ignores_question_suggestion'),
      },
    ];
  }
  if (a.context.kind === 'customer-initiated') {
    return [
      {
        id: 'pitch-in-support-thread',
        axis: 'spam',
        severity: 'low',
        weight: 15,
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
  signals: [
    {
      id: 'pitch-ignores-question',
      axis: 'spam',
      summary: 'The recipient asked something and the draft pitches without answering it.',
    },
    {
      id: 'pitch-in-support-thread',
      axis: 'spam',
      summary: 'A sales pitch in a thread the customer started.',
    },
  ],
  run: pitch,
};
