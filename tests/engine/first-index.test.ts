import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../eval/prng';
import { firstIndex } from '../../src/engine/first-index';

describe('firstIndex', () => {
  it('finds the first index at or above, and above, a value in a sorted list, as a scan does', () => {
    const rand = mulberry32(11);
    for (let n = 0; n < 60; n++) {
      const xs = Array.from({ length: n }, () => Math.floor(rand() * 20)).sort((a, b) => a - b);
      for (let x = -1; x <= 21; x++) {
        const atOrAbove = xs.findIndex((v) => v >= x);
        const above = xs.findIndex((v) => v > x);
        expect(firstIndex(n, (i) => xs[i]! >= x)).toBe(atOrAbove < 0 ? n : atOrAbove);
        expect(firstIndex(n, (i) => xs[i]! > x)).toBe(above < 0 ? n : above);
      }
    }
  });
});
