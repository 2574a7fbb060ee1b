/**
 * Binary search over a sorted sequence: the first index in [0, length) at which `reached` holds,
 * `length` when it holds nowhere. `reached` must be false up to some index and true from there
 * on (`xs[i] >= x` for the first at or above `x`, `xs[i] > x` for the first above it).
 */
export function firstIndex(length: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
