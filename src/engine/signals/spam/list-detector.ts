/** Builds a detector that reports hits of one or more English lists, one signal per list. */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { sentences } from '../../i18n';
import { hitsIn } from './hits';
import type { PushyCategory } from './lexicon';
import { combine, hitOf, quoteList } from './util';

export interface ListSignal {
  id: PushyCategory | 'generic-greeting';
  /** Catalog key of the message; `$1` is the quoted phrases found, e.g. `“you've won”`. */
  messageKey: string;
  suggestionKey: string;
  /** Set when the message does not mention phrases disguised with look-alike letters. */
  ignoreDisguise?: true;
  /** Extra findings' ranges and weights from patterns that are not word lists. */
  extra?: (a: Analysis) => { start: number; end: number; weight: number }[];
  cap?: number;
  /** Set when the list does not apply to this draft (the context makes its words service). */
  skip?: (a: Analysis) => boolean;
}

export function listDetector(name: string, signals: readonly ListSignal[]): Detector {
  return {
    name,
    signals: signals.map((s) => s.id),
    run(a: Analysis): Hit[] {
      const out: Hit[] = [];
      for (const s of signals) {
        if (s.skip?.(a)) continue;
        // Weight-0 phrases only exist to mask everyday uses of a word ("are you free").
        const hits = hitsIn(a, s.id).filter((h) => h.phrase.weight > 0);
        const extra = s.extra?.(a) ?? [];
        if (hits.length === 0 && extra.length === 0) continue;
        const ranges = [...hits, ...extra];
        const weights = [...hits.map((h) => h.phrase.weight), ...extra.map((e) => e.weight)];
        const quoted = quoteList(
          a.t,
          ranges.map((r) => a.draft.slice(r.start, r.end)),
        );
        const disguised = !s.ignoreDisguise && hits.some((h) => h.disguised);
        const message = a.t(s.messageKey, [quoted]);
        out.push(
          hitOf(a, {
            id: s.id,
            scale: combine(weights, 0.35, s.cap ?? 60),
            message: disguised ? sentences(a.t, message, a.t('spam_disguised_note')) : message,
            ranges,
            suggestion: a.t(s.suggestionKey),
          }),
        );
      }
      return out;
    },
  };
}
