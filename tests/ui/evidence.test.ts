import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { clipQuote, evidenceQuotes, mergeSpans, wholeSpan } from '../../src/ui/evidence';

/** The text of `wholeSpan` over the first occurrence of `part` in `text`. */
function widened(text: string, part: string, from = 0, to = part.length): string {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`${part} not in ${text}`);
  const s = wholeSpan(text, at + from, at + to);
  return text.slice(s.start, s.end);
}

describe('wholeSpan', () => {
  test.each([
    ['a cut word is widened to the word', 'you reached the top', 'reached', 0, 5, 'reached'],
    ['both ends are widened', 'unbelievable offer', 'unbelievable', 2, 6, 'unbelievable'],
    ['an apostrophe inside a word belongs to it', "it's here", "it's", 0, 2, "it's"],
    ['punctuation after a word is not taken', 'now!!! really', 'now!!!', 3, 6, '!!!'],
    [
      'a piece of a link becomes the link',
      'go to https://eth-claim-bonus.xyz/ now',
      'eth-claim',
      0,
      3,
      'https://eth-claim-bonus.xyz/',
    ],
    ['a bare domain is a link too', 'see bit.ly/3xYz.', 'bit.ly', 0, 3, 'bit.ly/3xYz'],
    [
      'a link keeps no trailing sentence punctuation',
      '(www.example.com/a).',
      'www',
      0,
      3,
      'www.example.com/a',
    ],
    ['a skin-toned emoji is never split', 'hi 👋🏽 there', '👋🏽', 0, 1, '👋🏽'],
    ['a family emoji (ZWJ) is never split', 'wow 👨‍👩‍👧 yes', '👨‍👩‍👧', 3, 5, '👨‍👩‍👧'],
    ['a flag is never split', 'go 🇫🇷 team', '🇫🇷', 1, 2, '🇫🇷'],
    ['right-to-left words are widened the same', 'مرحبا اشتر الآن رابط', 'اشتر', 1, 3, 'اشتر'],
    ['combining marks stay on their letter', 'cafe\u0301 noir', 'cafe\u0301', 0, 2, 'cafe\u0301'],
  ])('%s', (_, text, part, from, to, want) => {
    expect(widened(text, part, from, to)).toBe(want);
  });

  it('clamps out-of-range and reversed offsets, and keeps empty ranges empty', () => {
    expect(wholeSpan('abc def', 5, 99)).toEqual({ start: 4, end: 7 });
    expect(wholeSpan('abc def', 3, 0)).toEqual({ start: 0, end: 3 });
    expect(wholeSpan('abc', 2, 2)).toEqual({ start: 2, end: 2 });
    expect(wholeSpan('abc', Number.NaN, 2)).toEqual({ start: 0, end: 3 });
  });

  it('always covers the range it was given and never splits a grapheme', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (text, x, y) => {
          const a = Math.min(x, y) % (text.length + 1);
          const b = Math.max(x, y) % (text.length + 1);
          fc.pre(a !== b);
          const s = wholeSpan(text, a, b);
          const bounds = new Set([0, text.length]);
          for (const g of seg.segment(text)) bounds.add(g.index);
          expect(s.start).toBeLessThanOrEqual(Math.min(a, b));
          expect(s.end).toBeGreaterThanOrEqual(Math.max(a, b));
          expect([bounds.has(s.start), bounds.has(s.end)]).toEqual([true, true]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('mergeSpans', () => {
  it('merges overlapping ranges and ranges only spaces apart, not across a line break', () => {
    const text = 'today only\nLimited spots';
    const at = (s: string) => text.indexOf(s);
    const spans = mergeSpans(text, [
      { start: at('only'), end: at('only') + 4 },
      { start: at('today'), end: at('today') + 5 },
      { start: at('Limited'), end: at('Limited') + 7 },
      { start: at('spots') - 1, end: at('spots') + 2 },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['today only', 'Limited spots']);
  });
});

describe('evidenceQuotes', () => {
  it('quotes each word once whatever its case, in order, and a link as one quote', () => {
    const text = 'Claim your ETH airdrop: https://eth-claim-bonus.xyz/ free eth, airdrop today';
    const at = (s: string) => text.indexOf(s);
    const last = (s: string) => text.lastIndexOf(s);
    const link = at('https');
    const quotes = evidenceQuotes(text, [
      { start: at('ETH'), end: at('ETH') + 3 },
      { start: at('airdrop'), end: at('airdrop') + 7 },
      { start: last('eth'), end: last('eth') + 3 },
      { start: link, end: link + 8 },
      { start: link + 8, end: link + 11 },
      { start: link + 12, end: link + 17 },
      { start: last('airdrop'), end: last('airdrop') + 7 },
    ]);
    // "ETH" and "airdrop" touch, so they read as one phrase; the later "eth" and "airdrop" are
    // already in it, and the link's fragments are one link.
    expect(quotes).toEqual(['ETH airdrop', 'https://eth-claim-bonus.xyz/']);
  });

  it('drops a repeat that differs only in case, but not a word that merely contains it', () => {
    const text = 'FREE money, free money, freedom';
    expect(
      evidenceQuotes(text, [
        { start: 0, end: 4 },
        { start: 12, end: 16 },
        { start: 24, end: 31 },
      ]),
    ).toEqual(['FREE', 'freedom']);
  });
});

describe('clipQuote', () => {
  it('leaves short quotes alone and cuts long ones at a word with an ellipsis', () => {
    expect(clipQuote('today only')).toBe('today only');
    const long = 'Hi Alex! I came across your profile and love what you are doing with indie games';
    expect(clipQuote(long)).toBe('Hi Alex! I came across your profile and love…');
    expect(clipQuote('x'.repeat(60))).toBe(`${'x'.repeat(48)}…`);
  });
});
