import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordRegExp } from '../../../src/engine/signals/conversation/boundary';
import { SCAM_SCRIPTS, SELF_PROMOTION } from '../../../src/engine/signals/spam/scripts-lexicon';
import { anyMatch } from '../../../src/engine/text/any-match';

const LISTS = [
  wordRegExp(SELF_PROMOTION, 'giu'),
  ...Object.values(SCAM_SCRIPTS).map((p) => wordRegExp(p, 'giu')),
];
const any = anyMatch(LISTS);
const each = (text: string) =>
  LISTS.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });

describe('anyMatch', () => {
  it('says yes exactly when one of the lists matches', () => {
    const phrases = [
      'check out my channel',
      'subscribe to my channel please',
      'hello, nice to meet you',
      'sorry wrong number',
      'plain words about coffee',
      '',
    ];
    for (const p of phrases) expect(any(p)).toBe(each(p));
    expect(any('please check out my channel')).toBe(true);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...phrases, 'my', 'out', 'check', '!', ' ', 'é', '😀'), {
          maxLength: 12,
        }),
        (parts) => {
          const text = parts.join(' ');
          expect(any(text)).toBe(each(text));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('refuses lists it cannot join without changing them', () => {
    expect(() => anyMatch([/(a)\1/u])).toThrow();
  });
  it('keeps each list its own flags', () => {
    const gate = anyMatch([/^step/gim, /refund/gi]);
    expect(gate('see below\nStep 1')).toBe(true);
    expect(gate('a REFUND')).toBe(true);
    expect(gate('no step here')).toBe(false);
    expect(anyMatch([])('anything')).toBe(false);
  });
});
