/**
 * mulberry32: a tiny seeded pseudo-random generator, enough for reproducible splits, folds and
 * samples. The SMS split, the tweet split, the CV folds and the text layer's shuffles all draw
 * from it, so their seeds keep naming the same data.
 */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
