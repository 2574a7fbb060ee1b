/**
 * The engine's output contract: a verdict with its evidence. The overlay, the popup, the CLI and
 * the tests all read this one shape, so fields are only ever added, never renamed.
 */

import type { Axis } from './registry';

export type { Axis };

/** How much the user should care. `good` marks a signal that speaks for the draft. */
export type Severity = 'good' | 'info' | 'low' | 'medium' | 'high';

/** A character range of the draft, in UTF-16 code units of the string the engine was given. */
export interface Evidence {
  start: number;
  end: number;
  /** The draft text in that range, so a reader of the JSON does not have to slice. */
  text: string;
}

/** Text of the recipient's the engine points to, e.g. the post a draft could have engaged with. */
export interface Quote {
  source: InterestSource;
  /** Index into `recipient.posts` when the source is a post. */
  index?: number;
  text: string;
}

export interface Signal {
  /** Stable kebab-case id: tests, settings and the UI key on it. Never reuse a retired id. */
  id: string;
  axis: Axis;
  severity: Severity;
  /**
   * Points on the signal's axis (0..100 scale). On `spam`, positive is spammier. On `relevance`,
   * positive is more relevant and negative less; the relevance ledger starts at 0.
   */
  weight: number;
  /**
   * What the signal did to the score, in score points: positive raised it, negative lowered it.
   * The context's base plus every signal's points is the score (before clamping to 0..100).
   */
  points: number;
  /** Plain-language explanation, written for a social media manager, not an engineer. */
  message: string;
  evidence: Evidence[];
  quotes?: Quote[];
  /**
   * The user said "not an issue here" (engine input `dismissed`): kept so the UI can show it
   * greyed and undo it, with 0 points and severity `info`; the score is computed without it.
   */
  dismissed?: true;
}

export interface Suggestion {
  id: string;
  text: string;
  /** The signals this suggestion answers. */
  signals: string[];
}

export type InterestSource = 'bio' | 'post' | 'name' | 'location' | 'url' | 'thread' | 'brand';

export interface Interest {
  /** The interest as shown to the user (a word or short phrase from the recipient's own text). */
  label: string;
  source: InterestSource;
  /** The recipient's text it came from (bio sentence or post), trimmed for display. */
  quote: string;
  /** Index into `recipient.posts` when the source is a post. */
  index?: number;
  /** 0..1, how strongly the recipient's visible text points to this interest. */
  weight: number;
  /** Whether the draft touches it (shared word or close meaning). */
  touched: boolean;
}

export type ConversationKind = 'customer-initiated' | 'ongoing' | 'cold';

export interface ConversationContext {
  kind: ConversationKind;
  /** The recipient's latest message that asks something and has had no reply from us yet. */
  openQuestion: { text: string; index: number } | null;
  theirMessages: number;
  myMessages: number;
}

export interface LedgerEntry {
  id: string;
  points: number;
}

export interface Ledger {
  /** Sum of the entries, before clamping to the axis range. */
  total: number;
  entries: LedgerEntry[];
}

export type VerdictKind = 'send' | 'revise' | 'hold';

/**
 * The one thing of theirs the draft should engage with: their open question in the thread, or
 * their newest post (or bio line) the draft relates to. Labelled by where it came from, so the UI
 * never calls a bio line "something they posted".
 */
export interface EngageItem {
  source: 'question' | 'post' | 'bio';
  /** Index into `recipient.posts` for a post, into `messages` for a question. */
  index?: number;
  text: string;
  /** Whether the draft already engages with it. */
  engaged: boolean;
}

/** A check the engine did not run, and why (e.g. English word lists on a Spanish draft). */
export interface SkippedCheck {
  id: string;
  reason: string;
}

export interface Verdict {
  /** Output contract version. */
  version: 1;
  score: number;
  verdict: VerdictKind;
  /** 0..1, higher is more relevant; null when nothing is known of the recipient. */
  relevance: number | null;
  /** 0..1, higher is spammier. */
  spam: number;
  context: ConversationContext;
  language: { code: string; english: boolean; reliable: boolean };
  signals: Signal[];
  suggestions: Suggestion[];
  interests: Interest[];
  /** What to engage with, or null when nothing of theirs is known. */
  engage: EngageItem | null;
  ledger: { relevance: Ledger; spam: Ledger };
  skipped: SkippedCheck[];
  /** Milliseconds the engine spent, for the UI's own budget checks. */
  elapsedMs: number;
}
