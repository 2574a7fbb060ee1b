/**
 * Answers what Worthy's worker and popup ask this tab (shared/tab-messages.ts): the keyboard
 * shortcut's "open or close the card", and the popup's page diagnostics. Only this extension's
 * own contexts may ask (no `externally_connectable`, and a sender with a tab is another content
 * script, not the worker or the popup).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isTabMessage, type TabReplies } from '../shared/tab-messages';
import { logError } from './log';

export interface TabMessageDeps {
  toggleCard(): boolean;
  pageReport(): string;
}

export function answerTabMessages(deps: TabMessageDeps): () => void {
  const onMessage = (
    message: unknown,
    sender: Runtime.MessageSender,
  ): Promise<TabReplies[keyof TabReplies]> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab || !isTabMessage(message)) return undefined;
    try {
      if (message.type === 'toggle-card') return Promise.resolve({ ok: deps.toggleCard() });
      return Promise.resolve({ ok: true, report: deps.pageReport() });
    } catch (e) {
      logError(message.type, e);
      return undefined;
    }
  };
  // Optional: without the runtime API (tests, a broken extension context) nothing is answered.
  browser.runtime?.onMessage?.addListener(onMessage);
  return () => browser.runtime?.onMessage?.removeListener(onMessage);
}
