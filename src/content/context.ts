/**
 * Turns what the adapter reads (composer, conversation snapshot, sending account) into the
 * protocol's `DraftContext`, trimmed to the schema's limits so the worker never rejects it for
 * size.
 */
import type { DraftContext } from '../shared/messages';
import { readAccount, readConversation } from '../sites/x/index.ts';
import type { ComposerHandle } from '../sites/x/types';

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const MAX_DRAFT = 200_000;
const MAX_MESSAGES = 500;

export function draftContext(
  composer: ComposerHandle,
  draft: string,
  doc: Document,
  url: URL,
): DraftContext {
  const convo = readConversation(composer, url);
  const account = readAccount(doc, url);
  const r = convo.recipient;
  const recipient: DraftContext['recipient'] = {};
  if (r.handle && HANDLE.test(r.handle)) recipient.handle = r.handle;
  if (r.name) recipient.name = r.name.slice(0, 500);
  if (r.bio) recipient.bio = r.bio.slice(0, 50_000);
  return {
    draft: draft.slice(0, MAX_DRAFT),
    conversationId: convo.conversationId ? convo.conversationId.slice(0, 100) : null,
    surface: composer.surface,
    ...(account && HANDLE.test(account) ? { account } : {}),
    recipient,
    messages: convo.messages.slice(-MAX_MESSAGES).map((m) => {
      const out: DraftContext['messages'][number] = {
        from: m.from,
        text: m.text.slice(0, MAX_DRAFT),
      };
      if (typeof m.at === 'number' && Number.isFinite(m.at) && m.at >= 0) out.at = m.at;
      return out;
    }),
  };
}
