/** When nothing is known of the recipient, say how to fix that instead of guessing. */
import type { Detector } from '../detector';
import { profileKnown } from './shared';

export const nothingKnownDetector: Detector = {
  name: 'nothing-known',
  signals: [
    {
      id: 'nothing-known',
      axis: 'relevance',
      summary: 'Nothing is known of the recipient yet, so relevance cannot be judged.',
    },
  ],
  run(a) {
    if (profileKnown(a) || a.context.theirMessages > 0) return [];
    return [
      {
        id: 'nothing-known',
        axis: 'relevance',
        severity: 'info',
        weight: 0,
        message: a.t('signal_nothing_known_message'),
        evidence: [],
      },
    ];
  },
};
