import { describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '../../../../eval/prng';
import { expandBoundaries } from '../../../../src/engine/signals/conversation/boundary';
import { factorBoundaries } from '../../../../src/engine/signals/conversation/boundary-factor';

/** Every list the engine compiles with `wordRegExp`, recorded as its modules load. */
const compiled = vi.hoisted(() => [] as { parts: readonly string[]; flags: string }[]);
vi.mock('../../../../src/engine/signals/conversation/boundary', async (original) => {
  const real =
    await original<typeof import('../../../../src/engine/signals/conversation/boundary')>();
  return {
    ...real,
    wordRegExp: (parts: readonly string[], flags: string) => {
      compiled.push({ parts, flags });
      return real.wordRegExp(parts, flags);
    },
  };
});

describe('factorBoundaries', () => {
  it('shares the boundaries of neighbouring alternatives', () => {
    expect(factorBoundaries(String.raw`\bfoo\b|\bbar\b|\bbaz\b`)).toBe(
      String.raw`\b(?:foo|bar|baz)\b`,
    );
    expect(factorBoundaries(String.raw`\bfoo\b|\bbar`)).toBe(String.raw`\b(?:foo\b|bar)`);
    expect(factorBoundaries(String.raw`foo\b|bar\b`)).toBe(String.raw`(?:foo|bar)\b`);
    expect(factorBoundaries(String.raw`(?:\ba\b|\bb\b)x`)).toBe(String.raw`(?:\b(?:a|b)\b)x`);
  });

  it('keeps order: alternatives without a boundary split the runs', () => {
    expect(factorBoundaries(String.raw`\ba\b|c|\bd\b|\be\b|日本`)).toBe(
      String.raw`\ba\b|c|\b(?:d|e)\b|日本`,
    );
  });

  it('leaves lookbehinds, character classes and escaped backslashes alone', () => {
    for (const s of [
      String.raw`(?<=\ba|\bb)c`,
      String.raw`(?<!\bx|\by)z`,
      String.raw`[|\b]a|[\]|]b`,
      String.raw`a\\b|c\\b`,
      String.raw`\\bfoo|\\bbar`,
    ]) {
      expect(factorBoundaries(s)).toBe(s);
    }
  });

  it('reads an escape or a character class whole, wherever a `|` or `)` sits in it', () => {
    expect(factorBoundaries(String.raw`\bfoo\|x\b|\bbar\b`)).toBe(String.raw`\b(?:foo\|x|bar)\b`);
    expect(factorBoundaries(String.raw`\bfoo[|)\]]\b|\bbar\b`)).toBe(
      String.raw`\b(?:foo[|)\]]|bar)\b`,
    );
    expect(factorBoundaries(String.raw`\b(?:a\)|b)\b|\bc\b`)).toBe(String.raw`\b(?:(?:a\)|b)|c)\b`);
  });

  it('leaves alternatives inside lookaheads and named groups alone', () => {
    // There `wordRegExp` reads a `\b` after `=`, `!` or `>` as a word's end: moving one would
    // change what it means.
    for (const s of [
      String.raw`(?=\bfoo|\bbar)\w+`,
      String.raw`(?!\bfoo|\bbar)\w+`,
      String.raw`(?<n>\bfoo|\bbar)`,
    ]) {
      expect(factorBoundaries(s)).toBe(s);
    }
  });

  it('leaves a pattern with an unmatched parenthesis as it was, to fail as before', () => {
    const s = String.raw`\bfoo\b|\bbar\b)|\bbaz\b`;
    expect(factorBoundaries(s)).toBe(s);
    expect(() => new RegExp(factorBoundaries(s), 'u')).toThrow(SyntaxError);
  });

  it('does not move a boundary that reads as the start of a word', () => {
    // `wordRegExp` reads `\b` after `:` as "no letter before": it must stay where it is.
    expect(factorBoundaries(String.raw`re:\b|fw:\b`)).toBe(String.raw`re:\b|fw:\b`);
  });

  it('keeps named and numbered groups as they were', () => {
    const s = String.raw`\b(?<a>x)\b|\b(y)\b`;
    const f = factorBoundaries(s);
    expect(f).toBe(String.raw`\b(?:(?<a>x)|(y))\b`);
    expect(new RegExp(f).exec('y')?.[2]).toBe('y');
    expect(new RegExp(f).exec('x')?.groups?.a).toBe('x');
  });
});

describe('every engine list matches the same with shared boundaries', async () => {
  await import('../../../../src/engine/index');
  const SEPARATORS = [' ', '', ' ', 'x', 'ì', '1', '.', '\n', '  ', "'", '_', 'é', ', '];

  /** Texts from the list's own words, joined by separators that do and do not end a word. */
  function textsFor(parts: readonly string[], seed: number): string[] {
    const words = parts.join(' ').match(/\p{L}+/gu) ?? [];
    const rand = mulberry32(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    return Array.from({ length: 150 }, () => {
      let t = pick(SEPARATORS);
      const n = 1 + Math.floor(rand() * 6);
      for (let i = 0; i < n; i++) t += pick(words) + pick(SEPARATORS);
      return rand() < 0.3 ? t.toUpperCase() : t;
    });
  }

  const matches = (re: RegExp, text: string) =>
    [
      ...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)),
    ].map((m) => [m.index, m[0], ...m.slice(1)]);

  it('records the lists', () => expect(compiled.length).toBeGreaterThan(40));

  it('finds the same matches, at the same places, with the same groups', () => {
    let checked = 0;
    let found = 0;
    compiled.forEach(({ parts, flags }, k) => {
      const u = flags.includes('u') ? flags : `${flags}u`;
      const plain = new RegExp(expandBoundaries(parts.join('|')), u);
      const shared = new RegExp(expandBoundaries(factorBoundaries(parts.join('|'))), u);
      for (const text of textsFor(parts, 1000 + k)) {
        const want = matches(plain, text);
        expect(
          matches(shared, text),
          `${parts[0]?.slice(0, 40)} on ${JSON.stringify(text)}`,
        ).toEqual(want);
        checked++;
        found += want.length;
      }
    });
    expect(checked).toBeGreaterThan(5_000);
    // Texts made of the lists' own words do match them: the comparison is not of empty results.
    expect(found).toBeGreaterThan(checked / 4);
  });
});
