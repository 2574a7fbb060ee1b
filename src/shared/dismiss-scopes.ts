/**
 * Where "not an issue here" may apply, without zod: the card's script and the always-loaded
 * script read these, the schema (dismissals.ts) enforces them on every write.
 */
import { canonicalId, signalDef } from '../engine/registry';

export const DISMISS_SCOPES = ['conversation', 'recipient', 'everywhere'] as const;
export type DismissScope = (typeof DISMISS_SCOPES)[number];

export const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

/** Whether `signal` (or the signal it was renamed to) protects the recipient. */
export function isSafetySignal(signal: string): boolean {
  const id = canonicalId(signal);
  return id !== undefined && signalDef(id).safety === true;
}

/** The scopes a signal may be set aside for, by the safety rule alone. */
export function allowedScopes(signal: string): readonly DismissScope[] {
  return isSafetySignal(signal) ? ['conversation'] : DISMISS_SCOPES;
}

/** Where a draft is being written: which choices apply to it. */
export interface Place {
  conversationId: string | null;
  handle?: string | undefined;
  name?: string | undefined;
}

/** The key a choice of `scope` has at `place`, or null when the page does not say (no id). */
export function keyAt(scope: DismissScope, place: Place): string | null {
  if (scope === 'everywhere') return '';
  if (scope === 'conversation') return place.conversationId || null;
  return place.handle && HANDLE.test(place.handle) ? place.handle.toLowerCase() : null;
}

/** The scopes `signal` can be set aside for here: allowed for it and known at this place. */
export function scopesAt(signal: string, place: Place): DismissScope[] {
  return allowedScopes(signal).filter((s) => keyAt(s, place) !== null);
}
