/** Requests from Worthy's own pages (popup, options): tab state, settings and the user's data. */
import type { ReplyOf, RequestOf } from '../../shared/protocol';
import { applySettingsPatch, withMute, withoutMute } from '../../shared/settings-patch';
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

/**
 * Adds the conversation to the muted list; the next score of that draft comes back paused. The
 * person it is with is taken from the tab's latest guidance, so Settings can name them.
 */
export async function muteConversation(
  req: RequestOf<'mute-conversation'>,
  { deps, tabId }: HandlerContext,
): Promise<ReplyOf<'mute-conversation'>> {
  const { handle, name } = (tabId === undefined ? null : await deps.session.get(tabId))
    ?.recipient ?? { handle: undefined, name: undefined };
  const who = { handle: handle?.slice(0, 15), name: name?.slice(0, 100) };
  return deps.store.updateSettings((s) => withMute(s, req.conversationId, who));
}

/** Turns Worthy back on in one conversation (the popup's muted list). */
export function unmuteConversation(
  req: RequestOf<'unmute-conversation'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'unmute-conversation'>> {
  return deps.store.updateSettings((s) => withoutMute(s, req.conversationId));
}

/** The popup's saves: only the fields it changed, applied to the settings as stored now. */
export function patchSettings(
  req: RequestOf<'patch-settings'>,
  { deps }: HandlerContext,
): Promise<ReplyOf<'patch-settings'>> {
  return deps.store.updateSettings((s) => applySettingsPatch(s, req.patch) as typeof s);
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
