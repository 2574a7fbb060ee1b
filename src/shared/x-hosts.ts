/**
 * Which pages are X's: the worker accepts content-script requests only from these, and the popup
 * shows guidance only for them. The manifest's content-script matches must agree.
 */
const X_HOSTS: ReadonlySet<string> = new Set([
  'x.com',
  'twitter.com',
  'www.x.com',
  'www.twitter.com',
  'mobile.x.com',
  'mobile.twitter.com',
]);

/** True for https x.com / twitter.com pages. An unknown URL counts as "not x.com". */
export function isXUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && X_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}
