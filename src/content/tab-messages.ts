/**
 * Answers what Worthy's worker and popup ask this tab (shared/tab-messages.ts): the keyboard
 * shortcut's "open or close the card", and the popup's page diagnostics. Only this extension's
 * own contexts may ask (no `externally_connectable`, and a sender with a tab is another content
 * script, not the worker or the popup).
 */
import { isTabMessage, type TabReplies } from '../shared/tab-messages';
import { logError } from './log';

export interface TabMessageDeps {
  toggleCard(): boolean;
  pageReport(): string;
}

export function answerTabMessages(deps: TabMessageDeps): () => void {
  // On `chrome.runtime` directly, answering synchronously: the promise-based polyfill stays out
  // of the script loaded on every x.com page.
  const onMessage = (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    respond: (reply: TabReplies[keyof TabReplies]) => void,
  ): false => {
    if (sender.id !== chrome.runtime.id || sender.tab || !isTabMessage(message)) return false;
    try {
      if (message.type === 'toggle-card') respond({ ok: deps.toggleCard() });
      else respond({ ok: true, report: deps.pageReport() });
    } catch (e) {
      logError(message.type, e);
    }
    return false;
  };
  // Optional: without the runtime API (tests, a broken extension context) nothing is answered.
  const events = globalThis.chrome?.runtime?.onMessage;
  events?.addListener(onMessage);
  return () => events?.removeListener(onMessage);
}
