/**
 * Who may ask the worker what: the `from` of each request in protocol.ts. Messages can only reach
 * `runtime.onMessage` from this extension's own contexts (no `externally_connectable`), but the
 * check is cheap and keeps a compromised or confused page from driving popup-only requests such
 * as "delete all data".
 */
import { PROTOCOL, type RequestType } from '../shared/protocol';
import { isXUrl } from '../shared/x-hosts';

/** The subset of `runtime.MessageSender` the checks read. */
export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  origin?: string | undefined;
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
  frameId?: number | undefined;
}

function isExtensionPage(sender: SenderInfo, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(`${extensionOrigin}/`);
}

function isContentScript(sender: SenderInfo): boolean {
  // sender.url is the frame's URL and is always set; tab.url needs the tabs permission.
  return sender.tab !== undefined && isXUrl(sender.url ?? sender.tab.url);
}

/** Null when the sender may send this request, else the reason it may not. */
export function senderProblem(
  type: RequestType,
  sender: SenderInfo,
  extensionId: string,
): string | null {
  if (sender.id !== extensionId) return `rejected "${type}": not sent by this extension`;
  const origin = `chrome-extension://${extensionId}`;
  const from = PROTOCOL[type].from;
  if (from === 'any') {
    return isContentScript(sender) || isExtensionPage(sender, origin)
      ? null
      : `rejected "${type}": sender is neither an x.com tab nor an extension page`;
  }
  if (from === 'content') {
    return isContentScript(sender)
      ? null
      : `rejected "${type}": only the content script on an x.com or twitter.com tab may send it`;
  }
  return isExtensionPage(sender, origin)
    ? null
    : `rejected "${type}": only Worthy's own pages (popup, options) may send it`;
}
