/**
 * The user's own trigger phrases from settings (any language): matched on the folded words, so
 * look-alike letters and leetspeak do not slip past them either.
 */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { foldedOf, foldText } from '../../text/fold';
import { hitOf, quoteList } from './util';
import { PhraseMatcher, splitWords, wordsOf } from './words';

const WEIGHT = 20;
/** The user's phrases compiled, cached in the engine instance by the phrase list. */
function matcherFor(a: Analysis): PhraseMatcher<'trigger-phrase'> | null {
  const phrases = a.settings.triggerPhrases;
  const key = phrases.join('\u0000');
  const cached = a.caches.triggers.get(key);
  if (cached !== undefined) return cached;
  const clean: string[] = [];
  for (const p of phrases) {
    // Fold the phrase the same way as the draft and keep only its words, so syntax characters
    // in a user's phrase (| = # * _) are never read as matcher syntax.
    const words = splitWords(foldText(p))
      .map((w) => (w.forms[w.plain - 1] ?? w.forms[0]!).replace(/[|]/g, ''))
      .filter(Boolean);
    if (words.length) clean.push(words.join(' '));
  }
  const matcher = clean.length
    ? new PhraseMatcher({ 'trigger-phrase': { weight: WEIGHT, phrases: clean } })
    : null;
  a.caches.triggers.set(key, matcher);
  return matcher;
}

export const triggerDetector: Detector = {
  name: 'trigger-phrases',
  signals: ['trigger-phrase'],
  run(a: Analysis): Hit[] {
    const phrases = a.settings.triggerPhrases;
    if (!phrases.length) return [];
    const m = matcherFor(a);
    if (!m) return [];
    const hits = m.match(wordsOf(a), foldedOf(a));
    if (!hits.length) return [];
    const quoted = quoteList(
      a.t,
      hits.map((h) => a.draft.slice(h.start, h.end)),
    );
    return [
      hitOf(a, {
        id: 'trigger-phrase',
        scale: Math.min(50, WEIGHT + 8 * (hits.length - 1)),
        message: a.t('signal_trigger_phrase_message', [quoted]),
        ranges: hits,
        suggestion: a.t('signal_trigger_phrase_suggestion'),
      }),
    ];
  },
};
