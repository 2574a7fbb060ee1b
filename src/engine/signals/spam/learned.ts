/**
 * The learned text layer's signal: how much the draft reads like the spam the layer was trained
 * on, for what no word list names ("sub 4 sub", new scam scripts, other languages). Its evidence
 * is the words and links that weighed most. Quiet on languages the layer was not trained on.
 */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { foldedLeetOf } from '../../text/fold';
import { FUNCTION_WORDS } from '../../text/function-words';
import { linksOf } from '../../text/links';
import { evidenceOf, quoteList } from './util';

/** Log-odds per unit of feature value. */
const LOGIT_PER_VALUE = 3;
/**
 * At or below this the signal stays quiet: the layer must lean towards spam (p > 0.5) before it
 * costs points. Lower floors (−1, −1.5, −2 were tried, weights refitted each time) ranked the
 * YouTube comments better when a video was left out, but fired on short harmless texts ("Thanks!
 * See you Saturday." reads −0.86): a DM to someone Worthy knows nothing about starts on the send
 * line, so any such points would nag it into "needs work". scripts/fit/text-cv.ts scores the
 * layer as quiet below this line too, so its regularisation is chosen for how it is used.
 */
export const LEARNED_LOGIT_FLOOR = 0;

/** How much of their profile is read for their words: bounded whatever the page sent. */
const THEIR_CHARS = 20_000;
const WORDS = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
}

function theirWords(a: Analysis): Set<string> {
  return a.memo('learned:their-words', () => {
    const r = a.recipient;
    const text = [r.name, r.handle, r.bio, ...(r.posts ?? [])].filter(Boolean).join(' ');
    return new Set(wordsOf(text.slice(0, THEIR_CHARS)));
  });
}

export function learnedHits(a: Analysis): Hit[] {
  const model = a.resources.textModel;
  if (!model?.knows(a.language.code)) return [];
  const r = a.memo('text-model', () =>
    model.read(a.draft, { links: linksOf(a), folded: () => foldedLeetOf(a) }),
  );
  if (r.logit <= LEARNED_LOGIT_FLOOR) return [];
  // Their name and the words of their own bio and posts are never shown as "reads like spam":
  // the layer may weigh them, but quoting them would tell the user to stop being personal.
  // Nor are greetings and function words alone ("Hi"): true to the model, useless to the user.
  const theirs = theirWords(a);
  const telling = (w: string) => !theirs.has(w) && !FUNCTION_WORDS.has(w);
  const other = r.top.filter((t) =>
    wordsOf(a.draft.slice(t.feature.start, t.feature.end)).some(telling),
  );
  // A reading that rests only on those has nothing to show the user and too little to go on
  // ("hi" weighs towards spam in SMS): the layer stays quiet.
  if (other.length === 0) return [];
  const shown = other.slice(0, 6);
  const evidence = evidenceOf(
    a,
    shown.map((t) => t.feature),
    4,
  );
  if (evidence.length === 0) return [];
  return [
    {
      id: 'learned-spam',
      value:
        Math.round(Math.min(2, (r.logit - LEARNED_LOGIT_FLOOR) / LOGIT_PER_VALUE) * 1000) / 1000,
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
