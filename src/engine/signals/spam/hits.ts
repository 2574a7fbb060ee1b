/** One pass of every English list over the folded draft, shared by the list-based detectors. */
import type { Analysis } from '../../analysis';
import { foldedOf } from '../../text/fold';
import { GREETING_LISTS, PUSHY_LISTS, type PushyCategory } from './lexicon';
import { type PhraseHit, PhraseMatcher, wordsOf } from './words';

type Category = PushyCategory | 'generic-greeting';

const MATCHER = new PhraseMatcher<Category>({ ...PUSHY_LISTS, ...GREETING_LISTS });

/** Hits of the English lists, computed once per analysis. */
export function listHitsOf(a: Analysis): PhraseHit<Category>[] {
  return a.memo('spam/list-hits', () => MATCHER.match(wordsOf(a), foldedOf(a)));
}

export function hitsIn(a: Analysis, category: Category): PhraseHit<Category>[] {
  return listHitsOf(a).filter((h) => h.phrase.category === category);
}
