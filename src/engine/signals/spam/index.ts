/**
 * Spam detectors, each small and with one job. Language-independent checks (links, phone
 * numbers and apps, the user's own trigger phrases, shouting, obfuscation, placeholders, length)
 * run on every draft; English word lists are marked `englishOnly` and skipped, with a note in
 * the verdict, when the draft is in another language.
 */
import type { Detector } from '../../detector';
import { collabDetector } from './collab';
import { cryptoDetector } from './crypto';
import { earlyAskDetector } from './early-ask';
import { greetingDetector } from './greetings';
import { incomeDetector } from './income';
import { learnedDetector } from './learned';
import { lengthDetector } from './length';
import { linkDetector } from './links';
import { obfuscationDetector } from './obfuscation';
import { offPlatformDetector, offPlatformPhraseDetector } from './off-platform';
import { phishingDetector } from './phishing';
import { placeholderDetector } from './placeholders';
import { prizeDetector } from './prizes';
import { pushyDetector } from './pushy';
import { readabilityDetector } from './readability';
import { scriptsDetector } from './scripts';
import { shoutingDetector } from './shouting';
import { triggerDetector } from './triggers';

/** Registered spam detectors, in the order their findings are listed. */
export const spamDetectors: readonly Detector[] = [
  linkDetector,
  phishingDetector,
  prizeDetector,
  cryptoDetector,
  incomeDetector,
  scriptsDetector,
  learnedDetector,
  collabDetector,
  pushyDetector,
  offPlatformDetector,
  offPlatformPhraseDetector,
  triggerDetector,
  obfuscationDetector,
  shoutingDetector,
  placeholderDetector,
  greetingDetector,
  lengthDetector,
  readabilityDetector,
  earlyAskDetector,
];
