/**
 * `send-recorded`: a DM went out. The worker stores a fingerprint and link hashes, never the
 * text, with the ids of the issues the tab's last verdict named for exactly this draft.
 */
import { fingerprint, linkHashes } from '../../engine/text/fingerprint';
import type { RequestOf } from '../../shared/protocol';
import { mergeRecipient } from '../merge';
import type { HandlerContext } from '../router';
import { recipientKeyOf } from '../store/sends';

export async function sendRecorded(
  req: RequestOf<'send-recorded'>,
  { deps, tabId }: HandlerContext,
): Promise<null> {
  const c = req.context;
  const now = deps.now();
  // The verdict this tab last got for exactly this draft names the issues; ids only, no text.
  const [last, remembered] = await Promise.all([
    tabId === undefined ? null : deps.session.get(tabId).catch(() => null),
    c.recipient.handle
      ? deps.store.getProfile(c.recipient.handle, now).catch(() => null)
      : Promise.resolve(null),
  ]);
  const signals =
    req.verdict !== null && last?.draft === c.draft && last.verdict
      ? last.verdict.signals
          .filter((s) => s.severity !== 'good' && s.severity !== 'info')
          .map((s) => s.id)
      : [];
  const recipient = mergeRecipient(c.recipient, remembered);
  await deps.store.recordSend({
    account: c.account,
    recipient: recipientKeyOf(recipient.handle, c.conversationId),
    at: now,
    verdict: req.verdict ?? 'unchecked',
    held: req.held,
    overridden: req.overridden,
    // The names the engine neutralises when it scores (`signatureOf`), so a later draft
    // compares like with like.
    fingerprint: fingerprint(c.draft, { names: [recipient.name, recipient.handle] }),
    links: linkHashes(c.draft),
    signals,
    conversationId: c.conversationId,
  });
  return null;
}
