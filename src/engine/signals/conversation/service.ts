import type { Detector } from '../../detector';
import { readPitch, serviceCues } from './cues';

/** Marks a draft that helps (answers, fixes, refunds, tracks) rather than sells. Never penalises. */
export const serviceDetector: Detector = {
  name: 'service-reply',
  signals: ['service-reply'],
  run(a) {
    // Service answers something: with nothing asked (a cold DM), "your account will…" is far
    // more often a phishing opener than help, so the draft gets no praise for it.
    if (a.context.kind === 'cold') return [];
    if (!readPitch(a).service) return [];
    const cues = serviceCues(a);
    return [
      {
        id: 'service-reply',
        value: 1,
        message: a.t('signal_service_reply_message'),
        evidence: cues.slice(0, 5).map((c) => c.at),
      },
    ];
  },
};
