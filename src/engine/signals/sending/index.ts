import type { Detector } from '../../detector';
import { blanketDetector } from './blanket';
import { coldLinkDetector, sameLinkDetector } from './links';
import { paceDetector } from './pace';

/** Registered sending detectors, in the order their findings are listed. */
export const sendingDetectors: readonly Detector[] = [
  blanketDetector,
  sameLinkDetector,
  coldLinkDetector,
  paceDetector,
];
