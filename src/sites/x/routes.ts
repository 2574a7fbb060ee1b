/**
 * Pure URL classification. The URL is the only signal that does not depend on X's markup, so
 * the content script decides what to look for from here first (x-dom.md §1, §4).
 */
import type { RouteKind } from './types.ts';

/** x.com and twitter.com (redirects) [C]; the Chat code checks `dms.x.com` [1: S1]. */
const X_HOSTS = new Set([
  'x.com',
  'www.x.com',
  'mobile.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
]);
const CHAT_HOST = 'dms.x.com';

/** First path segments that are X routes, not handles (handles are `[A-Za-z0-9_]{1,15}`). */
const RESERVED = new Set(
  [
    'home',
    'explore',
    'messages',
    'i',
    'settings',
    'notifications',
    'search',
    'compose',
    'login',
    'logout',
    'signup',
    'tos',
    'privacy',
    'about',
    'account',
    'intent',
    'share',
    'hashtag',
    'lists',
    'bookmarks',
    'communities',
    'premium',
    'premium_sign_up',
    'jobs',
    'grok',
    'topics',
    'moments',
    'download',
    'display',
    'keyboard_shortcuts',
    'onboarding',
    'oauth',
    'welcome',
    'who_to_follow',
    'connect_people',
    'verified',
    'articles',
    'spaces',
    'chat',
    'following',
    'followers',
    'rules',
    'help',
    'translate',
    'places',
    'analytics',
    'flow',
    'sw',
    'manifest',
    'x',
    'twitter',
    'undefined',
    'null',
  ].map((s) => s.toLowerCase()),
);

const HANDLE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
/** 1:1 `<low>-<high>` [C: S3, S6, S8]; groups `g<digits>` [1]. */
const CONVERSATION_ID = /^(?:\d+-\d+|g\d+)$/;

export function isXHost(url: URL): boolean {
  return X_HOSTS.has(url.hostname) || url.hostname === CHAT_HOST;
}

export function routeOf(url: URL): RouteKind {
  if (!isXHost(url)) return 'other';
  if (url.hostname === CHAT_HOST) return 'chat';
  const p = url.pathname;
  if (p === '/i/chat' || p.startsWith('/i/chat/')) return 'chat';
  if (p === '/messages' || p.startsWith('/messages/')) return 'legacy-dm';
  if (profileHandleOf(url)) return 'profile';
  return 'other';
}

/** The conversation id in `/i/chat/<id>` or `/messages/<id>[/info]`, else null (inbox, pin, …). */
export function conversationIdOf(url: URL): string | null {
  if (!isXHost(url)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  let candidate: string | undefined;
  if (url.hostname === CHAT_HOST) candidate = parts.at(-1);
  else if (parts[0] === 'i' && parts[1] === 'chat') candidate = parts[2];
  else if (parts[0] === 'messages') candidate = parts[1];
  return candidate && CONVERSATION_ID.test(candidate) ? candidate : null;
}

/** The handle of a profile URL `/<handle>`, spelled as in the path; null for X's own routes. */
export function profileHandleOf(url: URL): string | null {
  if (!X_HOSTS.has(url.hostname)) return null;
  const m = HANDLE_PATH.exec(url.pathname);
  const handle = m?.[1];
  if (!handle || RESERVED.has(handle.toLowerCase())) return null;
  return handle;
}

/** Handles are case-insensitive on X; compare them with this. */
export function sameHandle(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** Profile handle of a link's href (relative to `base`), for header/avatar links. */
export function handleOfHref(href: string | null, base: URL): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    // On dms.x.com a relative `/alice` still means the x.com profile.
    if (u.hostname === CHAT_HOST) u.hostname = 'x.com';
    return profileHandleOf(u);
  } catch {
    return null;
  }
}
