/**
 * A cold pitch that has nothing to do with the person: an SEO audit to a poet, follower packages
 * to a knitter. Offering something is fine when it fits what they post about; offering it to
 * someone it does not fit is the blanket outreach that closes inboxes.
 */
import type { Detector } from '../detector';
import { readPitch } from '../signals/conversation/cues';
import { topicMatchOf } from './match';
import { profileOf } from './profile';
import { referencedUnit } from './reference';
import { profileKnown, quoteOf, unitToEngage } from './shared';
import { OFF_TOPIC } from './topic';

/** Without vectors (other languages), a pitch this long that shares no word with them is unrelated. */
const MIN_TERMS_WITHOUT_MEANING = 6;

export const pitchFitDetector: Detector = {
  name: 'unrelated-pitch',
  signals: ['unrelated-pitch'],
  run(a) {
    if (a.context.kind !== 'cold' || !profileKnown(a)) return [];
    const pitch = readPitch(a);
    if (pitch.strength === 0 || referencedUnit(a) >= 0) return [];
    const m = topicMatchOf(a);
    const unrelated = m.semantic
      ? m.similarity < OFF_TOPIC
      : m.lexMax === 0 && m.shared.length === 0 && a.tokens.length >= MIN_TERMS_WITHOUT_MEANING;
    if (!unrelated) return [];
    const p = profileOf(a);
    const engage = unitToEngage(p.units, m.best);
    return [
      {
        id: 'unrelated-pitch',
        value: 1,
        message: a.t('signal_unrelated_pitch_message'),
        evidence: pitch.cues.slice(0, 4).map((c) => c.at),
        quotes: engage ? [quoteOf(engage)] : [],
        suggestion: a.t('signal_unrelated_pitch_suggestion'),
      },
    ];
  },
};
