/**
 * Reads a profile page `/<handle>` (x-dom.md §4): name, bio, header items, the user's own
 * visible posts, merged with the `UserProfileSchema-test` ld+json (the stable fallback). Untrusted
 * text is only ever read as text (textContent / alt), never as HTML.
 */
import { cleanText, textOf } from './dom-util.ts';
import { handleOfHref, profileHandleOf, sameHandle } from './routes.ts';
import { GENERIC, PROFILE } from './selectors.ts';
import type { ProfileSnapshot } from './types.ts';

/** Enough recent posts to know what someone talks about. */
export const MAX_POSTS = 40;

export function readProfile(doc: Document, url: URL): ProfileSnapshot | null {
  const handle = profileHandleOf(url);
  if (!handle) return null;
  try {
    return read(doc, url, handle);
  } catch {
    return null;
  }
}

function read(doc: Document, url: URL, handle: string): ProfileSnapshot | null {
  const col: ParentNode = doc.querySelector(PROFILE.primaryColumn) ?? doc;
  const userName = col.querySelector(PROFILE.userName);
  // During SPA navigation between profiles the old header can linger: trust it only if its
  // @handle is the one in the URL.
  const shown = userName ? shownHandle(userName) : null;
  const domIsThisUser = !shown || sameHandle(shown, handle);
  const ld = readLdJson(doc, handle);

  const p: ProfileSnapshot = { handle, posts: [] };
  if (domIsThisUser) {
    const name = displayName(userName);
    if (name) p.name = name;
    const bio = textOf(col.querySelector(PROFILE.userDescription)).trim();
    if (bio) p.bio = bio;
    const items = col.querySelector(PROFILE.headerItems) ?? col;
    const location = cleanText(items.querySelector(PROFILE.location));
    if (location) p.location = location;
    const urlEl = items.querySelector(PROFILE.url);
    const link = urlEl?.matches('a') ? urlEl : (urlEl?.querySelector('a') ?? urlEl);
    const site = cleanText(link);
    if (site) p.url = site;
    const category = cleanText(items.querySelector(PROFILE.category));
    if (category) p.category = category;
    p.posts = ownPosts(col, handle, url);
  }
  if (ld) {
    p.name ??= ld.name;
    p.bio ??= ld.bio;
    p.location ??= ld.location;
    p.url ??= ld.url;
    if (!p.name) delete p.name;
    if (!p.bio) delete p.bio;
    if (!p.location) delete p.location;
    if (!p.url) delete p.url;
  }
  const found = p.name || p.bio || p.location || p.url || p.category || p.posts.length > 0;
  return found ? p : null;
}

/** `@handle` text inside the UserName block, if any. */
function shownHandle(userName: Element): string | null {
  for (const span of Array.from(userName.querySelectorAll(GENERIC.span))) {
    const m = /^@([A-Za-z0-9_]{1,15})$/.exec(cleanText(span));
    if (m?.[1]) return m[1];
  }
  return null;
}

/** First text in the UserName block that is neither the @handle nor the "Follows you" badge. */
function displayName(userName: Element | null): string {
  if (!userName) return '';
  for (const span of Array.from(userName.querySelectorAll(GENERIC.span))) {
    if (span.closest(PROFILE.followIndicator) || span.querySelector(GENERIC.span)) continue;
    const t = cleanText(span);
    if (t && !t.startsWith('@')) return t;
  }
  return '';
}

/** Posts authored by `handle`: reposts and others' posts show another handle in `User-Name`. */
function ownPosts(col: ParentNode, handle: string, url: URL): string[] {
  const out: string[] = [];
  for (const article of Array.from(col.querySelectorAll(PROFILE.tweet))) {
    // The first User-Name / tweetText are the post's own; a quoted post comes after.
    const author = authorOf(article.querySelector(PROFILE.tweetUserName), url);
    if (!sameHandle(author, handle)) continue;
    const text = textOf(article.querySelector(PROFILE.tweetText)).trim();
    if (text && !out.includes(text)) out.push(text);
    if (out.length >= MAX_POSTS) break;
  }
  return out;
}

function authorOf(userName: Element | null, url: URL): string | null {
  if (!userName) return null;
  for (const a of Array.from(userName.querySelectorAll(GENERIC.link))) {
    const h = handleOfHref(a.getAttribute('href'), url);
    if (h) return h;
  }
  return null;
}

interface LdProfile {
  name?: string;
  bio?: string;
  location?: string;
  url?: string;
}

/** `mainEntity` (current) or `author` (older builds); ignored unless it is this handle. */
function readLdJson(doc: Document, handle: string): LdProfile | null {
  const script = doc.querySelector(PROFILE.ldJson);
  if (!script) return null;
  let data: unknown;
  try {
    data = JSON.parse(script.textContent ?? '');
  } catch {
    return null;
  }
  const root = asRecord(data);
  const person = asRecord(root?.mainEntity) ?? asRecord(root?.author);
  if (!person) return null;
  const additional = str(person.additionalName);
  const personUrl = str(person.url);
  const urlHandle = personUrl ? handleOfHref(personUrl, new URL('https://x.com/')) : null;
  if (!sameHandle(additional, handle) && !sameHandle(urlHandle, handle)) return null;
  const out: LdProfile = {};
  const name = str(person.givenName) ?? str(person.name);
  if (name) out.name = name;
  const bio = str(person.description);
  if (bio) out.bio = bio;
  const location = str(asRecord(person.homeLocation)?.name);
  if (location) out.location = location;
  const links = Array.isArray(root?.relatedLink) ? root.relatedLink : [];
  const site = links.map(str).find((l) => l && !/^https?:\/\/t\.co\//.test(l));
  if (site) out.url = site.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return out;
}

function asRecord(x: unknown): Record<string, unknown> | null {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : null;
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() ? x.trim() : undefined;
}
