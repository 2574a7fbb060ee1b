import type { Detector } from '../../detector';
import { readPitch, serviceCues } from './cues';

/** Marks a draft that helps (answers, fixes, refunds, tracks) rather than sells. Never penalises. */
export const serviceDetector: Detector = {
  name: 'service-reply',
  englishOnly: true,
  signals: [
    {
      id: 'service-reply',
      axis: 'spam',
      summary:
        'The draft answers or resolves something rather than selling: that is what DMs are for.',
    },
  ],
  run(a) {
    if (!readPitch(a).service) return [];
    const cues = serviceCues(a);
    return [
      {
        id: 'service-reply',
        axis: 'spam',
        severity: 'good',
        weight: 0,
        message: 'This reads as help: it answers or resolves something instead of selling.',
        evidence: cues.slice(0, 5).map((c) => c.at),
      },
    ];
  },
};
