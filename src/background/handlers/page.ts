/**
 * What the content script reports besides drafts and sends (send-recorded.ts): profiles the user
 * viewed and what the adapter found on the page; and its request for the overlay script once a
 * DM composer appears.
 */
import type { RequestOf } from '../../shared/protocol';
import type { HandlerContext } from '../router';

export async function profileSeen(
  req: RequestOf<'profile-seen'>,
  { deps }: HandlerContext,
): Promise<null> {
  await deps.store.rememberProfile(req.profile, deps.now());
  return null;
}

export async function pageStatus(
  req: RequestOf<'page-status'>,
  { deps, tabId }: HandlerContext,
): Promise<null> {
  if (tabId === undefined) return null;
  await deps.session.update(tabId, { diagnosis: req.diagnosis, updatedAt: deps.now() });
  return null;
}

/** Injects the overlay script (badge, card) into the frame that asked: see background/inject.ts. */
export async function loadUi(
  _req: RequestOf<'load-ui'>,
  { deps, tabId, frameId }: HandlerContext,
): Promise<null> {
  if (tabId === undefined) throw new Error('no tab to load the overlay into');
  if (!deps.injectUi) throw new Error('this worker cannot inject scripts');
  await deps.injectUi(tabId, frameId ?? 0);
  return null;
}
