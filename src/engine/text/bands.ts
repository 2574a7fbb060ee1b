/**
 * Locality-sensitive bucket keys for MinHash fingerprints (MMDS §3.4, "banding"). A store indexes
 * each sent message under its band keys; a draft then looks up only the sends that share at least
 * one key with it, so finding near-duplicates costs a handful of index reads however long the
 * history is. The engine still compares the candidates slot by slot, so banding can only ever
 * drop a pair, never invent one.
 *
 * 32 bands of 2 slots: two texts with similarity s share a band with probability 1 − (1 − s²)³²,
 * which is 0.9999 at the template threshold (0.5) and 0.73 at s = 0.2; texts with nothing in
 * common (s ≈ 0) almost never collide on two 32-bit minima at once.
 */
import { decodeFingerprint } from './fingerprint';

export const BAND_ROWS = 2;
export const BANDS = 32;

/** Band keys of a fingerprint (`"<band>:<hex>"`), or [] for an empty or malformed one. */
export function bandKeys(fp: string): string[] {
  const slots = decodeFingerprint(fp);
  if (!slots) return [];
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let key = `${b.toString(36)}:`;
    for (let r = 0; r < BAND_ROWS; r++)
      key += slots[b * BAND_ROWS + r]!.toString(16).padStart(8, '0');
    out.push(key);
  }
  return out;
}
