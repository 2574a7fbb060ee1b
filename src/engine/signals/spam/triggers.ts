/**
 * The user's own trigger phrases from settings (any language): matched on the folded words, so
 * look-alike letters and leetspeak do not slip past them either.
 */
import type { Analysis } from '../../analysis';
import type { Detector, Finding } from '../../detector';
import { foldedOf, foldText } from '../../text/fold';
import { finding, quoteList } from './util';
import { PhraseMatcher, splitWords, wordsOf } from './words';

const WEIGHT = 20;
let cached: { key: string; matcher: PhraseMatcher<'trigger-phrase'> | null } | null = null;

function matcherFor(phrases: readonly string[]): PhraseMatcher<'trigger-phrase'> | null {
  const key = phrases.join('\u0000');
  if (cached?.key === key) return cached.matcher;
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
  cached = { key, matcher };
  return matcher;
}

export const triggerDetector: Detector = {
  name: 'trigger-phrases',
  signals: [
    {
      id: 'trigger-phrase',
      axis: 'spam',
      summary: 'Phrases you listed in settings as ones that should count as pushy.',
    },
  ],
  run(a: Analysis): Finding[] {
    const phrases = a.settings.triggerPhrases;
    if (!phrases.length) return [];
    const m = matcherFor(phrases);
    if (!m) return [];
    const hits = m.match(wordsOf(a), foldedOf(a));
    if (!hits.length) return [];
    const quoted = quoteList(
      a.t,
      hits.map((h) => a.draft.slice(h.start, h.end)),
    );
    return [
      finding(a, {
        id: 'trigger-phrase',
        weight: Math.min(50, WEIGHT + 8 * (hits.length - 1)),
        message: a.t('signal_trigger_phrase_message', [quoted]),
        ranges: hits,
        suggestion: a.t('signal_trigger_phrase_suggestion'),
      }),
    ];
  },
};
