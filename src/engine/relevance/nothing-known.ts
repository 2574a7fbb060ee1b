/** When nothing is known of the recipient, say how to fix that instead of guessing. */
import type { Detector } from '../detector';
import { profileKnown } from './shared';

export const nothingKnownDetector: Detector = {
  name: 'nothing-known',
  signals: ['nothing-known'],
  run(a) {
    if (profileKnown(a) || a.context.theirMessages > 0) return [];
    return [
      {
        id: 'nothing-known',
        value: 0,
        message: a.t('signal_nothing_known_message'),
        evidence: [],
      },
    ];
  },
};
