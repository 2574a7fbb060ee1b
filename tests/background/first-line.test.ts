/** The worker's first line marks its moment and does nothing else before the rest evaluates. */
import { describe, expect, it } from 'vitest';
import { FIRST_LINE } from '../../src/background/first-line';

describe('worker first line', () => {
  it('marks its moment once', () => {
    expect(performance.getEntriesByName(FIRST_LINE)).toHaveLength(1);
  });
});
