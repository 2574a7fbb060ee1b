import type { Detector } from '../../detector';
import { followUpDetector } from './follow-up';
import { pitchDetector } from './pitch';
import { serviceDetector } from './service';

/** Registered conversation detectors, in the order their findings are listed. */
export const conversationDetectors: readonly Detector[] = [
  serviceDetector,
  pitchDetector,
  followUpDetector,
];
