/**
 * What the card and the popup let a person do with a verdict (issue 13): set a reason aside
 * ("not an issue here") and count it again, and copy an opener line. The surfaces pass these in;
 * the shared components only call them, so they stay free of extension APIs.
 */
import type { DismissScope } from '../shared/dismissals';

export type { DismissScope };

export interface ReasonActions {
  /** Where this reason may be set aside here, in order; empty when nowhere. */
  scopes(signal: string): readonly DismissScope[];
  /** How the recipient is named in "For @alice"; absent when unknown. */
  who?: string | undefined;
  dismiss(signal: string, scope: DismissScope): void;
  /** Counts the reason again wherever a choice set it aside here. */
  restore(signal: string): void;
  /** The reason just set aside, for the "… set aside. Undo" line. */
  last?: { signal: string; scope: DismissScope } | null | undefined;
}

/** Copies text for the person to paste themselves; resolves false when the browser refused. */
export type CopyText = (text: string) => Promise<boolean>;
