import { describe, expect, it } from 'vitest';
import { BANDS, bandKeys } from '../../../src/engine/text/bands';
import { fingerprint, similarity } from '../../../src/engine/text/fingerprint';

const shared = (a: string[], b: string[]) => a.filter((k) => b.includes(k)).length;

describe('bandKeys', () => {
  it('gives one key per band, stable for the same text', () => {
    const fp = fingerprint('We help creators grow their audience three times in ninety days');
    const keys = bandKeys(fp);
    expect(keys).toHaveLength(BANDS);
    expect(new Set(keys).size).toBe(BANDS);
    expect(bandKeys(fp)).toEqual(keys);
  });

  it('lightly edited templates share a band; unrelated texts do not', () => {
    const a = fingerprint(
      'Hi Ben! I came across your profile and love what you do with sourdough. We help creators grow their audience 3x in 90 days.',
      { names: ['Ben'] },
    );
    const b = fingerprint(
      'Hi Mia! I came across your profile and love what you do with houseplants. We help creators grow their audience 3x in 90 days!',
      { names: ['Mia'] },
    );
    const c = fingerprint(
      'Running five minutes late, grabbing coffee, want anything from the cafe?',
    );
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.5);
    expect(shared(bandKeys(a), bandKeys(b))).toBeGreaterThan(0);
    expect(shared(bandKeys(a), bandKeys(c))).toBe(0);
  });

  it('has no keys for an empty or malformed fingerprint', () => {
    expect(bandKeys(fingerprint(''))).toEqual([]);
    expect(bandKeys('nonsense')).toEqual([]);
  });
});
