/**
 * The learned text layer's signal: how much the draft reads like the spam the layer was trained
 * on, for what no word list names ("sub 4 sub", new scam scripts, other languages). Its evidence
 * is the words and links that weighed most. Quiet on languages the layer was not trained on.
 */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { evidenceOf, quoteList } from './util';

/** Log-odds per unit of feature value; below 0 (reads like ham) the signal stays quiet. */
const LOGIT_PER_VALUE = 3;

export function learnedHits(a: Analysis): Hit[] {
  const model = a.resources.textModel;
  if (!model?.knows(a.language.code)) return [];
  const r = a.memo('text-model', () => model.read(a.draft));
  if (r.logit <= 0) return [];
  const evidence = evidenceOf(
    a,
    r.top.slice(0, 6).map((t) => t.feature),
    4,
  );
  if (evidence.length === 0) return [];
  return [
    {
      id: 'learned-spam',
      value: Math.round(Math.min(2, r.logit / LOGIT_PER_VALUE) * 1000) / 1000,
      message: a.t('signal_learned_spam_message', [
        quoteList(
          a.t,
          evidence.map((e) => e.text),
        ),
      ]),
      evidence,
      suggestion: a.t('signal_learned_spam_suggestion'),
    },
  ];
}

export const learnedDetector: Detector = {
  name: 'learned-text-layer',
  signals: ['learned-spam'],
  run: learnedHits,
};
