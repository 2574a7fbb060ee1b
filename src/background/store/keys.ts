/**
 * The index fields a send carries, derived from what it stores (never from a file or a caller):
 *
 * - `rt` = −at, so an index ordered by it gives the newest sends first, and `getAll(range, n)`
 *   (one request, no cursor) returns the newest n;
 * - `bandIdx`: one key per LSH band of the fingerprint (engine/text/bands.ts). A draft's
 *   near-duplicates share at least one band key with it, so looking up the draft's 32 keys finds
 *   them without reading anything else;
 * - `linkIdx`: one key per link hash, for "the same link to many people".
 *
 * Each key is [hash of (account, kind, value), rt]. The account is inside the hash, so one
 * account's lookups never walk another's entries; a 53-bit hash collision only adds a candidate,
 * which the reader drops (wrong account) or the engine rejects (not similar, other link).
 */
import { bandKeys } from '../../engine/text/bands';
import type { IndexKey } from './db';

/** Link hashes indexed per send: a message with more links is spam either way. */
export const MAX_INDEXED_LINKS = 10;

/** cyrb53 (public domain): a fast 53-bit string hash, exact in a JS number. */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function bandKeyOf(account: string, band: string): number {
  return hash53(`${account}\u0000b\u0000${band}`);
}

export function linkKeyOf(account: string, link: string): number {
  return hash53(`${account}\u0000l\u0000${link}`);
}

export interface IndexFields {
  rt: number;
  bandIdx: IndexKey[];
  linkIdx: IndexKey[];
}

export function indexFields(
  account: string,
  at: number,
  fingerprint: string,
  links: readonly string[],
): IndexFields {
  const rt = -at;
  return {
    rt,
    bandIdx: [...new Set(bandKeys(fingerprint))].map((b) => [bandKeyOf(account, b), rt]),
    linkIdx: [...new Set(links)]
      .slice(0, MAX_INDEXED_LINKS)
      .map((l) => [linkKeyOf(account, l), rt]),
  };
}
