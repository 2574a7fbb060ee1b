import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backupFile, parseBackupFile } from '../../src/shared/backup';
import { DEFAULT_SETTINGS, parseSettingsFile } from '../../src/shared/settings';
import { describeUnknownKeys, unknownKeys } from '../../src/shared/unknown-keys';
import { backupOf, templateSends } from '../fixtures/history/sends';

const file = (settings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ kind: 'worthy-settings', ...extra, settings });

describe('unknownKeys', () => {
  const schema = z.object({
    a: z.object({ b: z.number() }).default({ b: 1 }),
    list: z.array(z.object({ id: z.string() })).optional(),
    map: z.record(z.string(), z.object({ name: z.string() })),
    open: z.object({}).catchall(z.unknown()).optional(),
  });

  it('names every unknown key at any depth, through defaults, lists and maps', () => {
    const value = {
      a: { b: 1, c: 2 },
      list: [{ id: 'x' }, { id: 'y', idd: 'z' }],
      map: { k: { name: 'n', nmae: 'm' } },
      open: { anything: 1 },
      extra: true,
    };
    expect(unknownKeys(schema, value)).toEqual(['a.c', 'list.1.idd', 'map.k.nmae', 'extra']);
  });

  it('finds none in a value its schema knows, and leaves wrong types to the schema', () => {
    expect(unknownKeys(schema, { a: { b: 2 }, map: {} })).toEqual([]);
    expect(unknownKeys(schema, { a: 'not an object', map: [] })).toEqual([]);
  });

  it('names at most twenty and says there are more', () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const keys = unknownKeys(schema, { map: {}, ...many });
    expect(keys.length).toBeLessThanOrEqual(21);
    expect(describeUnknownKeys(keys)).toMatch(/^k0, k1, .*k19 and more: unknown fields$/);
    expect(describeUnknownKeys(['x'])).toBe('x: unknown field');
    expect(describeUnknownKeys([])).toBeNull();
  });
});

describe('strict settings import (issue 12: a typo no longer imports as "success")', () => {
  it('refuses a misspelled nested key, naming it', () => {
    const r = parseSettingsFile(file({ version: 2, engine: { tresholds: { send: 80 } } }));
    expect(r).toEqual({ ok: false, error: 'engine.tresholds: unknown field' });
  });

  it('names every unknown key at once, inside muted people too (zod would strip those)', () => {
    const r = parseSettingsFile(
      file(
        {
          gaet: 'off',
          engine: { dailyBudjet: 5, hourlyBudget: 3 },
          mutedConversations: ['1-2'],
          mutedPeople: { '1-2': { handle: 'ann', nmae: 'Ann' } },
        },
        { exportedBy: 'me' },
      ),
    );
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toBe(
      'exportedBy, gaet, mutedPeople.1-2.nmae, engine.dailyBudjet: unknown fields',
    );
  });

  it('still reads a version 1 file (absolute thresholds) and a current export', () => {
    const v1 = parseSettingsFile(file({ engine: { thresholds: { send: 80, hold: 35 } } }));
    expect(v1.ok && v1.settings.engine.strictness).toEqual({ send: 10, hold: -5 });
    const v1typo = parseSettingsFile(file({ engine: { thresholds: { send: 80 }, triger: [] } }));
    expect(v1typo.ok ? '' : v1typo.error).toBe('engine.triger: unknown field');
    const now = parseSettingsFile(
      JSON.stringify({ kind: 'worthy-settings', exportedAt: 'x', settings: DEFAULT_SETTINGS }),
    );
    expect(now).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('refuses a backup whose settings or sends carry unknown keys, naming them all', () => {
    const NOW = Date.parse('2026-03-02T10:00:00Z');
    const b = backupOf(templateSends(['ben', 'julia'], NOW), NOW) as unknown as Record<
      string,
      unknown
    >;
    const good = JSON.parse(backupFile(b as never)) as Record<string, unknown>;
    const bad = {
      ...good,
      settings: { ...DEFAULT_SETTINGS, engine: { ...DEFAULT_SETTINGS.engine, tresholds: {} } },
      sends: (good.sends as Record<string, unknown>[]).map((s, i) =>
        i === 1 ? { ...s, text: 'Hi' } : s,
      ),
    };
    const r = parseBackupFile(JSON.stringify(bad));
    expect(r.ok ? '' : r.error).toBe('settings.engine.tresholds, sends.1.text: unknown fields');
  });
});
