import { describe, expect, it } from 'vitest';
import { highlightRuns } from '../../src/ui/highlight';

const bad = (start: number, end: number, note = 'n') => ({
  start,
  end,
  tone: 'bad' as const,
  note,
});
const good = (start: number, end: number, note = 'g') => ({
  start,
  end,
  tone: 'good' as const,
  note,
});

describe('highlightRuns', () => {
  it('returns the draft as one run when nothing is marked', () => {
    expect(highlightRuns('hello', [])).toEqual([{ text: 'hello' }]);
    expect(highlightRuns('', [bad(0, 3)])).toEqual([]);
  });

  it('marks ranges and keeps the text between them', () => {
    expect(highlightRuns('buy now please', [bad(0, 7, 'pushy')])).toEqual([
      { text: 'buy now', mark: { tone: 'bad', notes: ['pushy'] } },
      { text: ' please' },
    ]);
  });

  it('lets harmful evidence win where it overlaps helpful evidence', () => {
    const runs = highlightRuns('abcdef', [good(0, 4), bad(2, 6)]);
    expect(runs).toEqual([
      { text: 'ab', mark: { tone: 'good', notes: ['g'] } },
      { text: 'cdef', mark: { tone: 'bad', notes: ['n'] } },
    ]);
  });

  it('clamps ranges past the end, drops empty and inverted ones', () => {
    expect(highlightRuns('abc', [bad(1, 99), bad(2, 2), bad(3, 1)])).toEqual([
      { text: 'a' },
      { text: 'bc', mark: { tone: 'bad', notes: ['n'] } },
    ]);
  });

  it('merges the notes of overlapping ranges of the same tone', () => {
    const runs = highlightRuns('abcd', [bad(0, 3, 'one'), bad(1, 4, 'two')]);
    expect(runs.map((r) => [r.text, r.mark?.notes])).toEqual([
      ['a', ['one']],
      ['bc', ['one', 'two']],
      ['d', ['two']],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('abcd');
  });
});
