/**
 * "Not an issue here" from the card or the popup: the choice is checked against the safety rule
 * (shared/dismissals.ts; the settings schema checks it again on save) and stored with the
 * settings. Every content script re-scores on the settings change, so the verdict updates at once.
 */
import { dismiss, restore } from '../../shared/dismissals';
import type { ReplyOf, RequestOf } from '../../shared/protocol';
import type { HandlerContext } from '../router';

export async function dismissSignal(
  req: RequestOf<'dismiss-signal'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'dismiss-signal'>> {
  const s = await deps.store.loadSettings();
  const change = dismiss(s.dismissals, req.signal, req.scope, req.place, deps.now());
  if (!change.ok) throw new Error(`not set aside: ${change.error}`);
  return deps.store.saveSettings({ ...s, dismissals: change.list });
}

export async function restoreSignal(
  req: RequestOf<'restore-signal'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'restore-signal'>> {
  const s = await deps.store.loadSettings();
  const dismissals = restore(s.dismissals, req.signal, req.place);
  if (dismissals.length === s.dismissals.length) return s;
  return deps.store.saveSettings({ ...s, dismissals });
}
