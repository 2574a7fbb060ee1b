/** Builds a detector that reports hits of one or more English lists, one signal per list. */
import type { Analysis } from '../../analysis';
import type { Detector, Finding, SignalSpec } from '../../detector';
import { sentences } from '../../i18n';
import { hitsIn } from './hits';
import type { PushyCategory } from './lexicon';
import { combine, finding, quoteList } from './util';

export interface ListSignal {
  id: PushyCategory | 'generic-greeting';
  summary: string;
  /** Catalog key of the message; `$1` is the quoted phrases found, e.g. `“you've won”`. */
  messageKey: string;
  suggestionKey: string;
  /** Set when the message does not mention phrases disguised with look-alike letters. */
  ignoreDisguise?: true;
  /** Extra findings' ranges and weights from patterns that are not word lists. */
  extra?: (a: Analysis) => { start: number; end: number; weight: number }[];
  cap?: number;
}

export function listDetector(name: string, signals: readonly ListSignal[]): Detector {
  const specs: SignalSpec[] = signals.map((s) => ({ id: s.id, axis: 'spam', summary: s.summary }));
  return {
    name,
    signals: specs,
    englishOnly: true,
    run(a: Analysis): Finding[] {
      const out: Finding[] = [];
      for (const s of signals) {
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
          finding(a, {
            id: s.id,
            weight: combine(weights, 0.35, s.cap ?? 60),
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
