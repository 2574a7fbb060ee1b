/**
 * The index fields a send carries, derived from what it stores (never from a file or a caller):
 *
 * - `bands`: keys for the first `INDEXED_BANDS` LSH bands of the fingerprint (engine/text/
 *   bands.ts). A draft's near-duplicates share at least one band key with it, so looking up the
 *   draft's keys finds them without reading anything else. Sixteen of the engine's 32 bands (2
 *   slots each) find a pair with similarity s with probability 1 − (1 − s²)¹⁶: 0.990 at the
 *   template threshold (0.5), 0.9998 at 0.64, where lightly edited templates start;
 * - `linkKeys`: one key per link hash, for "the same link to many people";
 * - `rt` = −at, so the recipient index (…, rt) gives that person's newest sends first.
 *
 * Keys are single numbers, a 53-bit hash of (account, kind, value): Chromium writes a number
 * index entry at about twice the speed of an array one (20,000 sends × 16 keys: 15 s against
 * 22 s on a busy 2-core machine), and index entries are most of what a restore writes. The
 * account is inside the hash, so one account's lookups never walk another's entries; a collision
 * only adds a candidate, which the reader drops (wrong account) or the engine rejects.
 */
import { bandKeys } from '../../engine/text/bands';

/** Bands of the engine's 32 that are indexed per send (see above for what that costs in recall). */
export const INDEXED_BANDS = 16;
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

/** The keys a fingerprint is indexed (and looked up) under for one account. */
export function bandKeysOf(account: string, fingerprint: string): number[] {
  const keys = bandKeys(fingerprint).slice(0, INDEXED_BANDS);
  return [...new Set(keys.map((b) => hash53(`${account}\u0000b\u0000${b}`)))];
}

export function linkKeysOf(account: string, links: readonly string[]): number[] {
  return [...new Set(links)]
    .slice(0, MAX_INDEXED_LINKS)
    .map((l) => hash53(`${account}\u0000l\u0000${l}`));
}

export interface IndexFields {
  rt: number;
  bands: number[];
  linkKeys: number[];
}

export function indexFields(
  account: string,
  at: number,
  fingerprint: string,
  links: readonly string[],
): IndexFields {
  return {
    rt: -at,
    bands: bandKeysOf(account, fingerprint),
    linkKeys: linkKeysOf(account, links),
  };
}
