/**
 * References their post: the draft picks up something specific the recipient posted or said
 * (several of its rarer words, or a close paraphrase of one post). Works in any language for
 * shared words; paraphrase needs the English embeddings.
 */
import type { Analysis } from '../analysis';
import type { Detector } from '../detector';
import { carriersOf, draftSideOf, topicMatchOf } from './match';
import { profileOf } from './profile';
import { isTemplate, profileKnown, quoteOf, termEvidence } from './shared';
import type { Term } from './terms';

/** Summed rarity (IDF) of the words a draft shares with one post for a "specific" reference. */
const SPECIFIC_IDF = 7;
const MIN_SHARED = 2;
/** Embedding cosine with one post that counts as a paraphrase when a rare word is shared too. */
const PARAPHRASE = 0.55;

export const referenceDetector: Detector = {
  name: 'references-their-post',
  signals: ['references-their-post'],
  run(a) {
    // In a thread, their posts restate what they wrote to you: see topic.ts.
    if (a.context.kind !== 'cold' || isTemplate(a)) return [];
    const bestI = referencedUnit(a);
    if (bestI < 0) return [];
    const u = profileOf(a).units[bestI]!;
    const side = draftSideOf(a);
    return [
      {
        id: 'references-their-post',
        value: 1,
        message: a.t(
          u.source === 'bio'
            ? 'signal_references_their_post_message_bio'
            : 'signal_references_their_post_message_post',
        ),
        evidence: termEvidence(a, carriersOf(a, side, u)),
        quotes: [quoteOf(u)],
      },
    ];
  },
};

/** Index (into the profile units) of the bio sentence or post the draft refers to, or -1. */
export function referencedUnit(a: Analysis): number {
  return a.memo('relevance:reference', () => {
    if (!profileKnown(a)) return -1;
    const p = profileOf(a);
    const side = draftSideOf(a);
    const m = topicMatchOf(a);
    // The draft's distinct stems, each as its first term (what a unit shares with it), read once
    // for all units instead of once per unit.
    const firsts = new Map<string, Term>();
    for (const t of side.terms) if (!firsts.has(t.stem)) firsts.set(t.stem, t);
    const distinct = [...firsts.values()];
    let bestI = -1;
    let bestIdf = 0;
    for (let i = 0; i < p.units.length; i++) {
      const u = p.units[i]!;
      const stems = u.stems;
      let size = 0;
      let known = 0;
      // Summed in the draft's order, as the shared words always were.
      let idf = 0;
      for (const t of distinct) {
        if (!stems.has(t.stem)) continue;
        size++;
        idf += t.idf;
        if (t.row >= 0) known++;
      }
      // Words the vocabulary does not know all weigh as "rare"; outside English that includes
      // everyday words, so a reference made only of them needs one more shared word.
      if (known === 0 && size < MIN_SHARED + 1) continue;
      const emb = m.perUnit[i]?.emb ?? 0;
      // Two words lifted from a bio ("coaching beginners") are what a mail-merge template
      // fills in; a bio reference needs one more shared word than a post reference. (No
      // change on the fit split; closes the "mirror their bio" trick.)
      if (u.source === 'bio' && size < MIN_SHARED + 1) continue;
      const specific =
        (size >= MIN_SHARED && idf >= SPECIFIC_IDF) ||
        (size >= 1 && idf >= SPECIFIC_IDF / 2 && emb >= PARAPHRASE);
      if (specific && idf > bestIdf) {
        bestIdf = idf;
        bestI = i;
      }
    }
    return bestI;
  });
}
