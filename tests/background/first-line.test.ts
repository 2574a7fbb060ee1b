/**
 * The worker's first line imports nothing (it must run before the rest of the worker), so the
 * asset paths it requests early are literals: they must stay the loaders' paths.
 */
import { describe, expect, it } from 'vitest';
import { EARLY_ASSETS, takeEarly } from '../../src/background/first-line';
import { TEXT_MODEL_PATH } from '../../src/background/text-model';
import { TABLE_PATH } from '../../src/background/vectors';

describe('worker first line', () => {
  it('requests the text layer early, never the word vectors (they would slow the first score)', () => {
    expect([...EARLY_ASSETS]).toEqual([TEXT_MODEL_PATH]);
    expect(EARLY_ASSETS).not.toContain(TABLE_PATH);
  });

  it('marks its moment, and without an extension context leaves fetching to the loaders', () => {
    expect(performance.getEntriesByName('worthy:first-line')).toHaveLength(1);
    expect(takeEarly(TEXT_MODEL_PATH)).toBeUndefined();
  });
});
