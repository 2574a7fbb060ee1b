/** Message length: walls of text read as copy-paste; a near-empty draft is noted, not punished. */
import type { Analysis } from '../../analysis';
import type { Detector, Finding } from '../../detector';
import { finding } from './util';

export const lengthDetector: Detector = {
  name: 'length',
  signals: [
    {
      id: 'very-long-message',
      axis: 'spam',
      summary: 'A very long DM (over about 1,200 characters).',
    },
    { id: 'near-empty-message', axis: 'spam', summary: 'Almost nothing to judge yet (info only).' },
  ],
  run(a: Analysis): Finding[] {
    const n = a.draft.trim().length;
    if (n > 1200) {
      const w = n > 5000 ? 22 : n > 2500 ? 15 : 8;
      return [
        finding(a, {
          id: 'very-long-message',
          weight: w,
          message: a.t('signal_very_long_message_message', [n.toLocaleString('en')]),
          ranges: [{ start: 0, end: Math.min(a.draft.length, 80) }],
          suggestion: a.t('signal_very_long_message_suggestion'),
        }),
      ];
    }
    if (a.tokens.length < 2) {
      return [
        finding(a, {
          id: 'near-empty-message',
          weight: 0,
          severity: 'info',
          message: a.t('signal_near_empty_message_message'),
          ranges: [],
        }),
      ];
    }
    return [];
  },
};
