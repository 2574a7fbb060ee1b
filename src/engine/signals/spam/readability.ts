/**
 * Length and readability as guidance, not spam points: a cold opener past what gets answered, and
 * sentences too long to read on a phone. The targets are published ones: email coaches report
 * 25–50 and 75–100 words answering best, and LinkedIn reports InMails under 400 characters answered
 * more often. Only the extreme (very-long-message, over 1,200 characters) costs points.
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit } from '../../detector';

/** Words a cold opener may take before it reads as a pitch deck. */
export const COLD_OPENER_WORDS = 100;
/** Average words per sentence from which a DM is hard to read on a phone. */
export const LONG_SENTENCES = 28;
/** Characters of a latin-script "word" in unspaced scripts: Japanese and Chinese count by length. */
const CJK_CHARS_PER_WORD = 2.5;

/** Sentences with their ranges; words counted from the draft's tokens. */
function sentences(a: Analysis): { start: number; end: number; words: number }[] {
  const out: { start: number; end: number; words: number }[] = [];
  let start = 0;
  let t = 0;
  const d = a.draft;
  const ends = [...d.matchAll(/[.!?。！？]+(?=\s|$)|\n+/g)].map((m) => m.index + m[0].length);
  ends.push(d.length);
  for (const end of ends) {
    if (end <= start) continue;
    let words = 0;
    while (t < a.tokens.length && a.tokens[t]!.start < end) {
      words++;
      t++;
    }
    if (words > 0) out.push({ start, end, words });
    start = end;
  }
  return out;
}

function wordCount(a: Analysis): number {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(a.draft.slice(0, 200))) {
    return Math.round(a.draft.replace(/\s/g, '').length / CJK_CHARS_PER_WORD);
  }
  return a.tokens.length;
}

function run(a: Analysis): Hit[] {
  const out: Hit[] = [];
  const words = wordCount(a);
  const cold = a.context.kind === 'cold' && a.context.myMessages === 0;
  if (cold && words > COLD_OPENER_WORDS && a.wholeLength <= 1200) {
    out.push({
      id: 'long-cold-opener',
      value: 0,
      message: a.t('signal_long_cold_opener_message', [words]),
      evidence: [evidence(a.draft, 0, Math.min(a.draft.length, 80))],
      suggestion: a.t('signal_long_cold_opener_suggestion'),
    });
  }
  const s = sentences(a);
  const long = s.filter((x) => x.words > 0);
  if (long.length > 0) {
    const avg = long.reduce((n, x) => n + x.words, 0) / long.length;
    const worst = long.reduce((m, x) => (x.words > m.words ? x : m));
    if (avg >= LONG_SENTENCES && worst.words >= LONG_SENTENCES) {
      out.push({
        id: 'hard-to-read',
        value: 0,
        message: a.t('signal_hard_to_read_message', [Math.round(avg)]),
        evidence: [evidence(a.draft, worst.start, worst.end)],
        suggestion: a.t('signal_hard_to_read_suggestion'),
      });
    }
  }
  return out;
}

export const readabilityDetector: Detector = {
  name: 'length-and-readability',
  signals: ['long-cold-opener', 'hard-to-read'],
  run,
};
