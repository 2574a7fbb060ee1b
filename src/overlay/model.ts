/**
 * What the content script hands the overlay. Plain data plus the one element the badge sits
 * next to; the overlay never queries X's DOM by selector itself.
 */
import type { DismissScope, Place } from '../shared/dismissals';
import type { VerdictMessage } from '../shared/messages';
import type { Opener } from '../shared/opener';
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

/**
 * What the card can do beyond showing the verdict (issue 13), wired by the content script to the
 * worker. Each resolves false / null when the worker could not be reached: nothing changes then.
 */
export interface CardActions {
  /** Where the draft is written (conversation, recipient): which choices can apply here. */
  place(): Place;
  dismiss(signal: string, scope: DismissScope): Promise<boolean>;
  restore(signal: string): Promise<boolean>;
  /** An opener line for exactly this draft, scored `send` by the engine, or null. */
  opener(draft: string): Promise<Opener | null>;
}

export interface CardState {
  /** The ledger is expanded. */
  details: boolean;
  /** The card takes keyboard focus when it opens. */
  focus: boolean;
  /** Opened from the composer (the keyboard shortcut): closing gives focus back to it. */
  returnTo?: (() => void) | undefined;
}

export interface OverlayState {
  theme: Theme;
  badge: BadgeModel | null;
  /** The pre-send warning is open (it lives in the always-loaded script, overlay/warning.ts). */
  warningOpen: boolean;
  card: CardState | null;
  /** The card's actions; null until the content script wires them (and in tests). */
  actions: CardActions | null;
  /** A sentence by the composer that needs attention now ("press Enter again"). */
  notice: NoticeModel | null;
}

export interface NoticeModel {
  text: string;
  /** The composer it is about. */
  anchor: HTMLElement;
}
