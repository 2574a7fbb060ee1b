/**
 * The user's "not an issue here": signals they set aside for this draft's conversation, this
 * recipient or everywhere (which choices apply is the host's business; the engine is only given
 * the ids). A set-aside signal stays in the verdict, marked `dismissed`, with no points, so the UI
 * can show it greyed and offer to count it again; the score and the verdict are computed as if it
 * had not fired.
 */
import { canonicalId, type SignalId } from './registry';
import type { Signal } from './types';

/**
 * The current ids of `ids`: a choice saved under a signal's old id (see `ALIASES`) still applies
 * after a rename; ids this engine does not know are ignored.
 */
export function dismissedSet(ids: readonly string[] | undefined): ReadonlySet<SignalId> {
  const out = new Set<SignalId>();
  for (const id of ids ?? []) {
    const c = canonicalId(id);
    if (c) out.add(c);
  }
  return out;
}

/** `s` set aside: no points, no weight on its axis, a note rather than a reason. */
export function setAside(s: Signal): Signal {
  return { ...s, severity: 'info', weight: 0, points: 0, dismissed: true };
}
