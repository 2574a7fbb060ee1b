/**
 * Everything the engine remembers between calls, owned by one engine instance (`createEngine`).
 * Nothing here can change a verdict: each cache is keyed by everything its value depends on, so a
 * second call with the same input gives the same answer, whatever ran in between. Module-level
 * state is kept out of the engine for that reason (see tests/engine/determinism.test.ts).
 */
import { Lru } from './lru';
import type { Profile, ProfileText, Unit } from './relevance/profile';
import type { EngineSettings } from './schema';
import type { PreparedHistory } from './signals/sending/prepared';
import type { PhraseMatcher } from './signals/spam/words';

export interface InterestCandidate {
  /** The stems of its words, space-separated. */
  stem: string;
  label: string;
  source: 'bio' | 'post';
  quote: string;
  index?: number;
  weight: number;
}

export class EngineCaches {
  /** Recipient profiles by their text: the worker scores the same recipient on every keystroke. */
  readonly profiles = new Lru<string, Profile>(32);
  /** The last recipient scored and its profile: the next keystroke is almost always the same one. */
  lastProfile: { recipient: ProfileText; profile: Profile } | null = null;
  /** Fingerprints of history texts (the CLI replays earlier rows as history). */
  readonly textPrints = new Lru<string, string>(20_000);
  /** Decoded fingerprints: stored history recurs on every keystroke. */
  readonly slots = new Lru<string, Uint32Array | null>(20_000);
  /**
   * Settings as validated with their defaults, by the JSON of what the input gave (frozen: every
   * call with the same settings shares the object). The worker sends the same settings on every
   * keystroke, and validating them was a few percent of a warm score.
   */
  readonly settings = new Lru<string, EngineSettings>(8);
  /** The user's trigger phrases, compiled, by the phrase list. */
  readonly triggers = new Lru<string, PhraseMatcher<'trigger-phrase'> | null>(4);
  /**
   * The last history prepared (signals/sending/prepared.ts): reused only while every entry is the
   * same, field by field, so one history is held at a time.
   */
  history: PreparedHistory | null = null;
  /**
   * Per recipient unit, whether a word row is close in meaning to the unit's words
   * (relevance/match.ts carriersOf): units live as long as their cached profile.
   */
  readonly closeRows = new WeakMap<Unit, Map<number, boolean>>();
  /** Ranked interest candidates per profile (profiles are cached above, so this stays small). */
  readonly interests = new WeakMap<Profile, InterestCandidate[]>();
}
