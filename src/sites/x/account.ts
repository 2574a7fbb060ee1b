/**
 * Which account the user is sending from, as X's side navigation shows it. Sends are recorded
 * per account, so a manager running several brand accounts gets a budget and a blanket check per
 * account. Null when the page does not show it (the store then keeps such sends under '').
 */
import { cleanText } from './dom-util.ts';
import { handleOfHref } from './routes.ts';
import { ACCOUNT } from './selectors.ts';

const AT_HANDLE = /@([A-Za-z0-9_]{1,15})\b/;

export function readAccount(doc: Document, url: URL): string | null {
  try {
    const link = doc.querySelector(ACCOUNT.profileLink);
    const fromLink = handleOfHref(link?.getAttribute('href') ?? null, url);
    if (fromLink) return fromLink;
    const m = AT_HANDLE.exec(cleanText(doc.querySelector(ACCOUNT.switcher)));
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}
