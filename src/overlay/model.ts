/**
 * What the content script hands the overlay. Plain data plus the one element the badge sits
 * next to; the overlay never queries X's DOM itself.
 */
import type { VerdictMessage } from '../shared/messages';
import type { GateMode } from '../shared/settings';
import type { Theme } from '../sites/x/types';

export type VerdictKind = VerdictMessage['verdict'];
export type BadgeState = 'pending' | 'ready' | 'error' | 'paused';
/**
 * What the send gate is doing, shown over the verdict: `checking` while a send waits for its
 * verdict, `unchecked` after the gate let a send through without one (the worker did not answer).
 */
export type BadgeStatus = 'checking' | 'unchecked';

export interface BadgeModel {
  /** X's composer form or aside; the badge sits at its top right corner. */
  anchor: HTMLElement;
  state: BadgeState;
  /** The latest verdict, possibly for an older draft while a new one is pending. */
  verdict: VerdictMessage | null;
  /** The draft text `verdict` was computed for: evidence ranges index into this string. */
  draft: string;
  gate: GateMode;
  error?: string;
  status?: BadgeStatus;
  /** Turns Worthy off for this conversation; absent when the page shows no conversation id. */
  mute?: () => void;
}

export type WarningChoice = 'edit' | 'send';

export interface WarningModel {
  verdict: VerdictMessage;
  gate: GateMode;
  choose(choice: WarningChoice): void;
}

/** A short message by the composer, e.g. that a held send did not go out and why. */
export interface NoticeModel {
  text: string;
  anchor: HTMLElement;
}

export interface OverlayState {
  theme: Theme;
  badge: BadgeModel | null;
  warning: WarningModel | null;
  notice: NoticeModel | null;
}
