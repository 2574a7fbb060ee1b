/** Every detector the engine runs, in display order. Add a detector here and nowhere else. */
import type { Detector } from './detector';
import { relevanceDetectors } from './relevance';
import { conversationDetectors } from './signals/conversation';
import { safetyDetector } from './signals/safety';
import { sendingDetectors } from './signals/sending';
import { spamDetectors } from './signals/spam';

export const DETECTORS: readonly Detector[] = [
  ...relevanceDetectors,
  ...conversationDetectors,
  safetyDetector,
  ...spamDetectors,
  ...sendingDetectors,
];
