/**
 * Brand fit: when the draft makes an offer and the user described their brand in settings, does
 * what the brand is about fit what the recipient cares about? English offer phrases.
 */
import type { Analysis } from '../analysis';
import { type Detector, evidence } from '../detector';
import type { Evidence } from '../types';
import { matchUnits } from './match';
import { profileOf, unitOf } from './profile';
import { profileKnown, quoteOf, unitToEngage } from './shared';
import { bagOf } from './terms';

const OFFER =
  /\b(?:offer(?:ing)?|discount|promo(?:\s+code)?|coupon|collab(?:oration)?|partner(?:ship)?|sponsor(?:ship|ed)?|free\s+(?:trial|sample|demo|consultation)|\d+\s?%\s+off|our\s+(?:product|service|app|tool|brand|platform|agency)|we\s+(?:make|sell|help|build|offer)|would\s+you\s+be\s+(?:interested|open)|interested\s+in\s+(?:trying|working)|work\s+together|send\s+you\s+(?:a|some|our)|gifted|ambassador|affiliate)\b/gi;

// Blended similarity (match.ts); moved up from 0.15 / 0.05 with the 0..1 topicAffinity scale.
const FIT = 0.22;
const MISFIT = 0.13;

export function offerRanges(draft: string): Evidence[] {
  return [...draft.slice(0, 20_000).matchAll(OFFER)]
    .slice(0, 5)
    .map((m) => evidence(draft, m.index, m.index + m[0].length));
}

function brandFit(a: Analysis) {
  return a.memo('relevance:brand', () => {
    const p = profileOf(a);
    const brand = unitOf(a.settings.brandProfile, 'brand', a.resources.vectors);
    const m = matchUnits(
      // Words and vectors only: the brand-fit thresholds were set on that scale.
      { terms: brand.terms, bag: bagOf(brand.terms), vec: brand.vec, topics: null },
      p.units,
      p.centroid,
    );
    return { m, units: p.units };
  });
}

export const brandDetector: Detector = {
  name: 'brand-fit',
  signals: ['offer-fits-interests', 'offer-off-interests'],
  run(a) {
    if (!a.settings.brandProfile.trim() || !profileKnown(a)) return [];
    const offers = offerRanges(a.draft);
    if (offers.length === 0) return [];
    const { m, units } = brandFit(a);
    if (units.length === 0) return [];
    const u = unitToEngage(units, m.best);
    const quotes = u ? [quoteOf(u)] : [];
    if (m.similarity >= FIT) {
      return [
        {
          id: 'offer-fits-interests',
          value: 1,
          message: a.t('signal_offer_fits_interests_message'),
          evidence: offers,
          quotes,
        },
      ];
    }
    if (m.similarity < MISFIT) {
      return [
        {
          id: 'offer-off-interests',
          value: 1,
          message: a.t('signal_offer_off_interests_message'),
          evidence: offers,
          quotes,
          suggestion: a.t('signal_offer_off_interests_suggestion'),
        },
      ];
    }
    return [];
  },
};
