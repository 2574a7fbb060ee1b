import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldText, leetWord, toDraftRange, unleet } from '../../../src/engine/text/fold';

describe('foldText', () => {
  test.each([
    ['ⓕⓡⓔⓔ', 'free'],
    ['ｆｒｅｅ', 'free'],
    ['𝐟𝐫𝐞𝐞', 'free'],
    ['аirdrop', 'airdrop'], // Cyrillic а
    ['Cаsh ΝΟW', 'cash now'], // Cyrillic а, Greek Ν Ο
    ['f\u200Br\u200Be\u200De', 'free'],
    ['café', 'cafe'],
    ['cafe\u0301', 'cafe'],
    ['ﬁne', 'fine'],
    ['don’t', "don't"],
    ['£1000 €5', '£1000 €5'],
  ])('%s folds to %s', (input, out) => {
    expect(foldText(input).text).toBe(out);
  });

  test('leet is replaced only inside letter words', () => {
    expect(
      foldText('Cl4im your FR33 m0ney at 3pm, 15-minute B2B call, covid19 mp3', { leet: true })
        .text,
    ).toBe('claim your free money at 3pm, 15-minute b2b call, covid19 mpe');
    expect(unleet('sarah! 10x 1st 2024 $100')).toBe('sarah! 10x 1st 2024 $100');
    expect(leetWord('fr33')).toBe('free');
    expect(leetWord('3pm')).toBeNull();
    expect(leetWord('b2b')).toBeNull();
  });

  test('map sends every folded unit back to its source character', () => {
    const s = 'Hi 𝐟𝐫𝐞𝐞 ⓜⓞⓝⓔⓨ f\u200Bree ﬁ Ĳ 😀!';
    const f = foldText(s);
    expect(f.map.length).toBe(f.text.length);
    expect(f.ends.length).toBe(f.text.length);
    const at = f.text.indexOf('free');
    const r = toDraftRange(f, at, at + 4);
    expect(s.slice(r.start, r.end)).toBe('𝐟𝐫𝐞𝐞');
    const m = f.text.indexOf('money');
    const r2 = toDraftRange(f, m, m + 5);
    expect(s.slice(r2.start, r2.end)).toBe('ⓜⓞⓝⓔⓨ');
    const z = f.text.lastIndexOf('free');
    const r3 = toDraftRange(f, z, z + 4);
    expect(s.slice(r3.start, r3.end)).toBe('f\u200Bree');
  });

  test('map is monotone and inside the source for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        const f = foldText(s, { leet: true });
        expect(f.map.length).toBe(f.text.length);
        let prev = 0;
        let ok = true;
        for (let i = 0; i < f.map.length; i++) {
          const m = f.map[i]!;
          const e = f.ends[i]!;
          if (m < prev || e <= m || e > s.length) ok = false;
          prev = m;
        }
        expect(ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('folds a 100,000-character input whole, with an offset for every character', () => {
    const s = 'Cl4im ⓕⓡⓔⓔ аirdrop '.repeat(5000);
    const f = foldText(s, { leet: true });
    expect(f.map.length).toBe(f.text.length);
    expect(f.text.startsWith('claim free airdrop')).toBe(true);
  });
});
