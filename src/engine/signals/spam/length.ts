/** Message length: walls of text read as copy-paste; a near-empty draft is noted, not punished. */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { hitOf } from './util';

export const lengthDetector: Detector = {
  name: 'length',
  signals: ['very-long-message', 'near-empty-message'],
  run(a: Analysis): Hit[] {
    const n = a.draft.length < a.wholeLength ? a.wholeLength : a.draft.trim().length;
    if (n > 1200) {
      const w = n > 5000 ? 22 : n > 2500 ? 15 : 8;
      return [
        hitOf(a, {
          id: 'very-long-message',
          scale: w,
          message: a.t('signal_very_long_message_message', [n.toLocaleString('en')]),
          ranges: [{ start: 0, end: Math.min(a.draft.length, 80) }],
          suggestion: a.t('signal_very_long_message_suggestion'),
        }),
      ];
    }
    if (a.tokens.length < 2) {
      return [
        hitOf(a, {
          id: 'near-empty-message',
          scale: 0,
          message: a.t('signal_near_empty_message_message'),
          ranges: [],
        }),
      ];
    }
    return [];
  },
};
