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
/** `NodeFilter.SHOW_ELEMENT`, spelled out: the same in every realm the adapter runs in. */
const SHOW_ELEMENT = 0x1;

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
  for (const inner of nestedIn(root)) if (inner.host.isConnected) collect(inner, out, depth + 1);
}

/**
 * Nested roots are looked for at most once per NESTED_TTL_MS per root: every composer search
 * (each batch of arriving messages, each keystroke) needs the roots, and even a bounded walk of a
 * long conversation costs milliseconds. A hover card's root is found within that time.
 */
const NESTED_TTL_MS = 1_000;
const nestedCache = new WeakMap<ShadowRoot, { at: number; roots: ShadowRoot[] }>();

function nestedIn(root: ShadowRoot): ShadowRoot[] {
  const now = performance.now();
  const known = nestedCache.get(root);
  if (known && now - known.at < NESTED_TTL_MS) return known.roots;
  const roots: ShadowRoot[] = [];
  // A walker stops at the bound; `querySelectorAll('*')` would first list every element of a
  // 3,000-message conversation (tens of thousands) on each search.
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let i = 0; i < MAX_NESTED_SCAN; i++) {
    const el = walker.nextNode() as Element | null;
    if (!el) break;
    if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  nestedCache.set(root, { at: now, roots });
  return roots;
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
