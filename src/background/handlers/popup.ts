/** Requests from Worthy's own pages (popup, options): tab state, settings and the user's data. */
import type { ReplyOf, RequestOf } from '../../shared/protocol';
import type { HandlerContext } from '../router';

export function getTabState(
  req: RequestOf<'get-tab-state'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'get-tab-state'>> {
  return deps.session.get(req.tabId);
}

export function getSettings(
  _req: RequestOf<'get-settings'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'get-settings'>> {
  return deps.store.loadSettings();
}

/** Adds the conversation to the muted list; the next score of that draft comes back paused. */
export async function muteConversation(
  req: RequestOf<'mute-conversation'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'mute-conversation'>> {
  const s = await deps.store.loadSettings();
  if (s.mutedConversations.includes(req.conversationId)) return s;
  return deps.store.saveSettings({
    ...s,
    mutedConversations: [...s.mutedConversations, req.conversationId],
  });
}

export function setSettings(
  req: RequestOf<'set-settings'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'set-settings'>> {
  return deps.store.saveSettings(req.settings);
}

export function getHistorySummary(
  _req: RequestOf<'get-history-summary'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'get-history-summary'>> {
  return deps.store.historySummary(deps.now());
}

export function exportData(
  _req: RequestOf<'export-data'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'export-data'>> {
  return deps.store.exportAll();
}

/** Replaces everything stored with the backup (validated on arrival); all or nothing. */
export function restoreData(
  req: RequestOf<'restore-data'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'restore-data'>> {
  return deps.store.restoreAll(req.backup);
}

export async function deleteAllData(
  _req: RequestOf<'delete-all-data'>,
  { deps }: HandlerContext,
): Promise<null> {
  await deps.store.deleteAll();
  return null;
}

export async function deleteRecipient(
  req: RequestOf<'delete-recipient'>,
  { deps }: HandlerContext,
): Promise<null> {
  await deps.store.deleteRecipient(req.handle);
  return null;
}
