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
          message: `At ${n.toLocaleString('en')} characters this is a wall of text for a DM; long cold messages are skimmed or skipped.`,
          ranges: [{ start: 0, end: Math.min(a.draft.length, 80) }],
          suggestion: 'Cut it to the two or three sentences that matter to this person.',
        }),
      ];
    }
    if (a.tokens.length < 2) {
      return [
        finding(a, {
          id: 'near-empty-message',
          weight: 0,
          severity: 'info',
          message: 'There is almost nothing here yet to judge.',
          ranges: [],
        }),
      ];
    }
    return [];
  },
};
