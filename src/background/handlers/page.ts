/**
 * What the content script reports besides drafts: profiles the user viewed, sends that went out
 * (stored as a fingerprint and link hashes, never the text) and what the adapter found on the page.
 */
import { fingerprint, linkHashes } from '../../engine/text/fingerprint';
import type { Request } from '../../shared/messages';
import type { HandlerContext } from '../router';

export async function profileSeen(
  req: Extract<Request, { type: 'profile-seen' }>,
  { deps }: HandlerContext,
): Promise<null> {
  await deps.store.rememberProfile(req.profile, deps.now());
  return null;
}

export async function sendRecorded(
  req: Extract<Request, { type: 'send-recorded' }>,
  { deps, tabId }: HandlerContext,
): Promise<null> {
  const c = req.context;
  // The verdict this tab last got for exactly this draft names the issues; ids only, no text.
  const last = tabId === undefined ? null : await deps.session.get(tabId).catch(() => null);
  const signals =
    last?.draft === c.draft && last.verdict
      ? last.verdict.signals
          .filter((s) => s.severity !== 'good' && s.severity !== 'info')
          .map((s) => s.id)
      : [];
  const recipient = c.recipient.handle ?? c.conversationId ?? 'unknown';
  await deps.store.recordSend({
    recipient,
    at: deps.now(),
    verdict: req.verdict,
    held: req.held,
    overridden: req.overridden,
    // Same names as the engine's `fingerprintOf`, so a later draft compares like with like.
    fingerprint: fingerprint(c.draft, { names: [c.recipient.name, c.recipient.handle] }),
    links: linkHashes(c.draft),
    signals,
    conversationId: c.conversationId,
  });
  return null;
}

export async function pageStatus(
  req: Extract<Request, { type: 'page-status' }>,
  { deps, tabId }: HandlerContext,
): Promise<null> {
  if (tabId === undefined) return null;
  await deps.session.update(tabId, { diagnosis: req.diagnosis, updatedAt: deps.now() });
  return null;
}
