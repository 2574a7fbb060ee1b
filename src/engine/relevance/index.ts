/**
 * Relevance: how well the draft fits what the recipient visibly cares about. Each detector has
 * one job; they share the recipient profile and the draft's terms through `a.memo`.
 *
 * Language: shared-word matching works in any language (stems for English, exact words
 * elsewhere). Meaning beyond shared words uses English word vectors and is applied to English
 * drafts only; English phrase lists (flattery, offers) sit in `englishOnly` detectors. On other
 * languages the relevance detectors may praise shared words but never call a draft off-topic.
 */
import type { Detector } from '../detector';
import { brandDetector } from './brand';
import { flatteryDetector } from './flattery';
import { nothingKnownDetector } from './nothing-known';
import { pitchFitDetector } from './pitch-fit';
import { referenceDetector } from './reference';
import { topicDetector } from './topic';

export { engageOf } from './engage';
export { interestsOf } from './interests';
export { WordVectors } from './word-vectors';

export const relevanceDetectors: readonly Detector[] = [
  nothingKnownDetector,
  topicDetector,
  referenceDetector,
  flatteryDetector,
  pitchFitDetector,
  brandDetector,
];
