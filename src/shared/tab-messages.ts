/**
 * What Worthy's own worker and popup ask the content script on an x.com tab (issue 13), over
 * `tabs.sendMessage` (no permission needed). Only two requests, both read-only for X's page:
 * - `toggle-card`: the keyboard shortcut (manifest `commands`) opens or closes the card;
 * - `page-report`: the popup's "Copy page diagnostics" (sites/x/page-report.ts).
 */

/** The manifest's command name for the shortcut. */
export const TOGGLE_CARD_COMMAND = 'toggle-card';

export type TabMessage = { type: 'toggle-card' } | { type: 'page-report' };

export interface TabReplies {
  /** Whether there was a card to open or close (a badge shows, no warning is up). */
  'toggle-card': { ok: boolean };
  'page-report': { ok: true; report: string };
}

export function isTabMessage(m: unknown): m is TabMessage {
  const type = (m as { type?: unknown } | null)?.type;
  return (
    typeof m === 'object' &&
    m !== null &&
    Object.keys(m).length === 1 &&
    (type === 'toggle-card' || type === 'page-report')
  );
}
