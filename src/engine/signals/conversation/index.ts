import type { Detector } from '../../detector';
import { followUpDetector } from './follow-up';
import { macroDetector } from './macro';
import { pitchDetector } from './pitch';
import { pressureDetector } from './pressure';
import { serviceDetector } from './service';
import { threadDetector } from './thread';

/** Registered conversation detectors, in the order their findings are listed. */
export const conversationDetectors: readonly Detector[] = [
  threadDetector,
  serviceDetector,
  pitchDetector,
  macroDetector,
  pressureDetector,
  followUpDetector,
];
