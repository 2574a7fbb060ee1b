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
