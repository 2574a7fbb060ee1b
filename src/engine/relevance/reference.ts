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
    let bestI = -1;
    let bestIdf = 0;
    for (let i = 0; i < p.units.length; i++) {
      const u = p.units[i]!;
      const stems = u.stems;
      const shared = new Map<string, number>();
      let known = 0;
      for (const t of side.terms) {
        if (!stems.has(t.stem) || shared.has(t.stem)) continue;
        shared.set(t.stem, t.idf);
        if (t.row >= 0) known++;
      }
      // Words the vocabulary does not know all weigh as "rare"; outside English that includes
      // everyday words, so a reference made only of them needs one more shared word.
      if (known === 0 && shared.size < MIN_SHARED + 1) continue;
      const idf = [...shared.values()].reduce((s, x) => s + x, 0);
      const emb = m.perUnit[i]?.emb ?? 0;
      // Two words lifted from a bio ("coaching beginners") are what a mail-merge template
      // fills in; a bio reference needs one more shared word than a post reference. (No
      // change on the fit split; closes the "mirror their bio" trick.)
      if (u.source === 'bio' && shared.size < MIN_SHARED + 1) continue;
      const specific =
        (shared.size >= MIN_SHARED && idf >= SPECIFIC_IDF) ||
        (shared.size >= 1 && idf >= SPECIFIC_IDF / 2 && emb >= PARAPHRASE);
      if (specific && idf > bestIdf) {
        bestIdf = idf;
        bestI = i;
      }
    }
    return bestI;
  });
}
