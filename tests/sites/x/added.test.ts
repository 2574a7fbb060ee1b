// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_ADDED, mergeAdded } from '../../../src/sites/x/added.ts';

const els = (n: number) => Array.from({ length: n }, () => document.createElement('li'));

describe('mergeAdded', () => {
  it('keeps both lists, in order, and "not known" when either is', () => {
    const [a, b] = [els(2), els(3)];
    expect(mergeAdded(a, b)).toEqual([...a, ...b]);
    expect(mergeAdded(a, [])).toBe(a);
    expect(mergeAdded(null, b)).toBeNull();
    expect(mergeAdded(a, null)).toBeNull();
  });

  it('says "not known" once the lists together pass MAX_ADDED (a hidden tab piles up reports)', () => {
    let merged = mergeAdded([], els(MAX_ADDED));
    expect(merged).toHaveLength(MAX_ADDED);
    merged = mergeAdded(merged, els(1));
    expect(merged).toBeNull();
  });
});
