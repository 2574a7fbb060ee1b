/**
 * The one thing of theirs the draft should engage with, for the UI to quote: their open question
 * when they asked something and are waiting, otherwise their newest post the draft relates to
 * (or simply their newest post, then their bio). Labelled by where it came from, so a bio line is
 * never shown as "they posted".
 */
import type { Analysis } from '../analysis';
import { answeredOf } from '../signals/conversation/answer';
import type { EngageItem } from '../types';
import { topicMatchOf } from './match';
import { display, profileOf, type Unit } from './profile';
import { referencedUnit } from './reference';
import { profileKnown } from './shared';

/** A post this short ("lol", "same") gives a writer nothing to engage with. */
const MIN_POST_WORDS = 4;

export function engageOf(a: Analysis): EngageItem | null {
  const q = a.context.openQuestion;
  if (q && a.context.kind !== 'cold') {
    return { source: 'question', index: q.index, text: display(q.text), engaged: answeredOf(a) };
  }
  if (!profileKnown(a)) return null;
  const units = profileOf(a).units;
  if (units.length === 0) return null;
  const referenced = referencedUnit(a);
  const best = topicMatchOf(a).best;
  const pick =
    units[referenced] ??
    (best >= 0 && units[best]?.source === 'post' ? units[best] : undefined) ??
    newestPost(units) ??
    units.find((u) => u.source === 'bio');
  if (!pick || (pick.source !== 'post' && pick.source !== 'bio')) return null;
  const out: EngageItem = {
    source: pick.source,
    text: pick.text,
    engaged: referenced >= 0 && units[referenced] === pick,
  };
  if (pick.index !== undefined) out.index = pick.index;
  return out;
}

/** Posts are listed newest first (as the profile page shows them). */
function newestPost(units: readonly Unit[]): Unit | undefined {
  return units.find((u) => u.source === 'post' && u.terms.length + 1 >= MIN_POST_WORDS);
}
