/**
 * The worker's first line imports nothing (it must run before the rest of the worker), so the
 * asset paths it requests early are literals: they must stay the loaders' paths.
 */
import { describe, expect, it } from 'vitest';
import { EARLY_ASSETS, takeEarly } from '../../src/background/first-line';
import { TEXT_MODEL_PATH } from '../../src/background/text-model';
import { TABLE_PATH } from '../../src/background/vectors';

describe('worker first line', () => {
  it('requests exactly the tables the loaders read', () => {
    expect([...EARLY_ASSETS].sort()).toEqual([TABLE_PATH, TEXT_MODEL_PATH].sort());
  });

  it('marks its moment, and without an extension context leaves fetching to the loaders', () => {
    expect(performance.getEntriesByName('worthy:first-line')).toHaveLength(1);
    expect(takeEarly(TABLE_PATH)).toBeUndefined();
  });
});
