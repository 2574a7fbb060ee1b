/**
 * Where to search. `querySelector` on the document does not pierce shadow roots, and the Chat
 * app lives in an open shadow root on `xchatEmbedRoute` (x-dom.md §1.3, §3, §8). Closed roots
 * would need `chrome.dom.openOrClosedShadowRoot` (S17); the content script can pass it in.
 */
import { SHADOW_HOSTS } from './selectors.ts';

export type SearchRoot = Document | ShadowRoot;
export type ShadowOpener = (host: Element) => ShadowRoot | null;

const HOSTS = `${SHADOW_HOSTS.embedRoute}, ${SHADOW_HOSTS.embedOverlays}`;
/** Nested roots are rare (hover cards); bound the walk so a huge tree stays cheap. */
const MAX_NESTED_SCAN = 5000;
const MAX_DEPTH = 3;

const openRoot: ShadowOpener = (host) => host.shadowRoot;

/** The Chat shadow hosts currently in the document. */
export function shadowHosts(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(HOSTS));
}

/** Open shadow roots of the Chat hosts, plus open roots nested inside them. */
export function chatShadowRoots(doc: Document, open: ShadowOpener = openRoot): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const host of shadowHosts(doc)) {
    const root = open(host);
    if (root) collect(root, out, 0);
  }
  return out;
}

function collect(root: ShadowRoot, out: ShadowRoot[], depth: number): void {
  if (out.includes(root)) return;
  out.push(root);
  if (depth >= MAX_DEPTH) return;
  const all = root.querySelectorAll('*');
  const n = Math.min(all.length, MAX_NESTED_SCAN);
  for (let i = 0; i < n; i++) {
    const inner = all[i]?.shadowRoot;
    if (inner) collect(inner, out, depth + 1);
  }
}

/** The document first, then the Chat shadow roots. */
export function searchRoots(doc: Document, open?: ShadowOpener): SearchRoot[] {
  return [doc, ...chatShadowRoots(doc, open)];
}

/** `querySelectorAll` over every search root, in root order then document order. */
export function queryAllDeep(doc: Document, selector: string): Element[] {
  const out: Element[] = [];
  for (const root of searchRoots(doc)) out.push(...Array.from(root.querySelectorAll(selector)));
  return out;
}

export function queryDeep(doc: Document, selector: string): Element | null {
  for (const root of searchRoots(doc)) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}
