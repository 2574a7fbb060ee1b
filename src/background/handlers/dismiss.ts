/**
 * "Not an issue here" from the card or the popup: the choice is checked against the safety rule
 * (shared/dismissals.ts; the settings schema checks it again on save) and stored with the
 * settings, through the one settings writer (each change applied to the list as stored when its
 * turn comes). Every content script re-scores on the settings change, so the verdict updates at once.
 */
import { dismiss, restore, without } from '../../shared/dismissals';
import type { ReplyOf, RequestOf } from '../../shared/protocol';
import type { HandlerContext } from '../router';

export function dismissSignal(
  req: RequestOf<'dismiss-signal'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'dismiss-signal'>> {
  return deps.store.updateSettings((s) => {
    const change = dismiss(s.dismissals, req.signal, req.scope, req.place, deps.now());
    if (!change.ok) throw new Error(`not set aside: ${change.error}`);
    return { ...s, dismissals: change.list };
  });
}

export function restoreSignal(
  req: RequestOf<'restore-signal'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'restore-signal'>> {
  return deps.store.updateSettings((s) => {
    const dismissals = restore(s.dismissals, req.signal, req.place);
    return dismissals.length === s.dismissals.length ? s : { ...s, dismissals };
  });
}

/** The popup's "Count again": exactly one listed choice goes. */
export function forgetDismissal(
  req: RequestOf<'forget-dismissal'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'forget-dismissal'>> {
  return deps.store.updateSettings((s) => {
    const dismissals = without(s.dismissals, req.dismissal);
    return dismissals.length === s.dismissals.length ? s : { ...s, dismissals };
  });
}
