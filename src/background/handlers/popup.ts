/** Requests from Worthy's own pages (popup, options): tab state, settings and the user's data. */
import type { Request, TabState } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import type { HandlerContext } from '../router';

export async function getTabState(
  req: Extract<Request, { type: 'get-tab-state' }>,
  { deps }: HandlerContext,
): Promise<TabState | null> {
  return deps.session.get(req.tabId);
}

export function getSettings(_req: unknown, { deps }: HandlerContext): Promise<Settings> {
  return deps.store.loadSettings();
}

/**
 * Adds the conversation to the muted list; the next score of that draft comes back paused. The
 * person it is with is taken from the tab's latest guidance, so Settings can name them.
 */
export async function muteConversation(
  req: Extract<Request, { type: 'mute-conversation' }>,
  { deps, tabId }: HandlerContext,
): Promise<Settings> {
  const s = await deps.store.loadSettings();
  if (s.mutedConversations.includes(req.conversationId)) return s;
  const { handle, name } = (tabId === undefined ? null : await deps.session.get(tabId))
    ?.recipient ?? { handle: undefined, name: undefined };
  const who = { handle: handle?.slice(0, 15), name: name?.slice(0, 100) };
  return deps.store.saveSettings({
    ...s,
    mutedConversations: [...s.mutedConversations, req.conversationId],
    mutedPeople:
      who.handle || who.name ? { ...s.mutedPeople, [req.conversationId]: who } : s.mutedPeople,
  });
}

export function setSettings(
  req: Extract<Request, { type: 'set-settings' }>,
  { deps }: HandlerContext,
): Promise<Settings> {
  return deps.store.saveSettings(req.settings);
}

export function getHistorySummary(_req: unknown, { deps }: HandlerContext) {
  return deps.store.historySummary(deps.now());
}

export function exportData(_req: unknown, { deps }: HandlerContext) {
  return deps.store.exportAll();
}

export async function deleteAllData(_req: unknown, { deps }: HandlerContext): Promise<null> {
  await deps.store.deleteAll();
  return null;
}

export async function deleteRecipient(
  req: Extract<Request, { type: 'delete-recipient' }>,
  { deps }: HandlerContext,
): Promise<null> {
  await deps.store.deleteRecipient(req.handle);
  return null;
}
