/**
 * What the content script hands the overlay. Plain data plus the one element the badge sits
 * next to; the overlay never queries X's DOM by selector itself.
 */
import type { VerdictMessage } from '../shared/messages';
import type { GateMode } from '../shared/settings';
import type { Theme } from '../sites/x/types';

export type VerdictKind = VerdictMessage['verdict'];

/**
 * - pending: scoring the latest text (an older verdict may still show);
 * - ready: the verdict is for the text in the composer;
 * - checking: a send is waiting for its verdict;
 * - unchecked: the gate had to let a send through without a verdict;
 * - error: no verdict could be had (sending is not affected);
 * - paused: Worthy is paused here or turned off for this conversation.
 */
export type BadgeState = 'pending' | 'ready' | 'checking' | 'unchecked' | 'error' | 'paused';

/**
 * What the send gate is doing, shown over the verdict: `checking` while a send waits for its
 * verdict, `unchecked` after the gate let a send through without one (the worker did not answer).
 */
export type BadgeStatus = 'checking' | 'unchecked';

/** Who the draft is for, as the page shows them. Untrusted text: rendered as text only. */
export interface Recipient {
  name?: string;
  handle?: string;
}

export interface BadgeModel {
  /** X's composer form or aside; the badge sits just above it. */
  anchor: HTMLElement;
  state: BadgeState;
  /** The latest verdict, possibly for an older draft while a new one is pending. */
  verdict: VerdictMessage | null;
  /** The draft text `verdict` was computed for: evidence ranges index into this string. */
  draft: string;
  gate: GateMode;
  error?: string;
  /** The person the conversation is with; the warning names them. */
  recipient?: Recipient;
  /** The gate's state, shown instead of `state` while it applies. */
  status?: BadgeStatus;
  /** Turns Worthy off for this conversation; absent when the page shows no conversation id. */
  mute?: () => void;
}

export type WarningChoice = 'edit' | 'send';

export interface WarningModel {
  verdict: VerdictMessage;
  gate: GateMode;
  /** The draft the verdict judged, for quoting its evidence. */
  draft: string;
  recipient?: Recipient;
  choose(choice: WarningChoice): void;
}

export interface OverlayState {
  theme: Theme;
  badge: BadgeModel | null;
  /** The pre-send warning is open (it lives in the always-loaded script, overlay/warning.ts). */
  warningOpen: boolean;
  /** The card is open (`focus`: it takes keyboard focus; `details`: the ledger is expanded). */
  card: { details: boolean; focus: boolean } | null;
  /** A sentence by the composer that needs attention now ("press Enter again"). */
  notice: NoticeModel | null;
}

export interface NoticeModel {
  text: string;
  /** The composer it is about. */
  anchor: HTMLElement;
}
