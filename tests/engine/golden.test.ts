/**
 * The golden set: detector hits on the public data and the fit cases stay exactly as recorded
 * (tests/engine/golden/hits.json), so a rewrite for speed cannot move what the fitted weights
 * read. This checks every 6th text of each corpus (about 1,300 texts, every corpus represented);
 * `npm run golden` checks all 7,849.
 */
import { describe, expect, it } from 'vitest';
import { dataPresent, loadCorpora } from '../../scripts/golden/corpora';
import { compareGolden, readGolden } from '../../scripts/golden/golden';
import { loadResources } from '../../src/node/load-resources';

const STRIDE = 6;

describe.skipIf(!dataPresent())('golden set of detector hits', () => {
  it('every sampled text gives the recorded hits', async () => {
    const r = compareGolden(readGolden(), loadCorpora(), await loadResources(), STRIDE);
    expect(r.problems).toEqual([]);
    expect(r.checked).toBeGreaterThan(1_000);
    // The first few differing records in full, to see what moved.
    expect(r.mismatches.slice(0, 5)).toEqual([]);
    expect(r.mismatches.length).toBe(0);
  }, 120_000);
});
