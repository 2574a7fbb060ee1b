/** wordRegExp's word boundaries (src/engine/signals/conversation/boundary.ts). */
import { describe, expect, it } from 'vitest';
import { wordRegExp } from '../../../../src/engine/signals/conversation/boundary';

describe('wordRegExp', () => {
  it('finds words at boundaries of any script, in any case', () => {
    const re = wordRegExp(['\\bgiovedì\\b', '\\bcafé\\b'], 'giu');
    expect('GIOVEDÌ 14, Café!'.match(re)).toEqual(['GIOVEDÌ', 'Café']);
    expect('giovedìx cafés xcafé'.match(re)).toBeNull();
  });

  it('adds the Unicode flag its boundaries need', () => {
    expect(wordRegExp(['\\bok\\b'], 'i').flags).toBe('iu');
  });
});
