/**
 * The keyboard shortcut (manifest `commands`, issue 13): Chrome tells the worker, the worker
 * tells the tab in front, whose content script opens or closes the card by the composer and
 * gives focus back to it. A tab without Worthy's content script (not x.com) simply does not
 * answer.
 */
import { type TabMessage, TOGGLE_CARD_COMMAND } from '../shared/tab-messages';

export type SendToTab = (tabId: number, message: TabMessage) => Promise<unknown>;

export function onCommand(send: SendToTab) {
  return (command: string, tab?: { id?: number | undefined }): void => {
    if (command !== TOGGLE_CARD_COMMAND || tab?.id === undefined || tab.id < 0) return;
    send(tab.id, { type: 'toggle-card' }).catch(() => {
      // No content script in that tab: nothing to open.
    });
  };
}
