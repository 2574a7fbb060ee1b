import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/shared/settings';
import {
  applySettingsPatch,
  settingsPatchOf,
  settingsPatchSchema,
  withMute,
  withoutMute,
} from '../../src/shared/settings-patch';

const stored: Settings = {
  ...DEFAULT_SETTINGS,
  gate: 'strict',
  pausedUntil: 5,
  mutedConversations: ['1-1'],
  engine: { ...DEFAULT_SETTINGS.engine, dailyBudget: 40, triggerPhrases: ['act now'] },
};

describe('settings patches', () => {
  it('leave absent fields alone rather than filling in defaults', () => {
    const patch = settingsPatchSchema.parse({ engine: { hourlyBudget: 3 } });
    expect(patch).toEqual({ engine: { hourlyBudget: 3 } });
    expect(applySettingsPatch(stored, patch)).toEqual({
      ...stored,
      engine: { ...stored.engine, hourlyBudget: 3 },
    });
    expect(settingsPatchSchema.parse({})).toEqual({});
  });

  it('name a misspelled field at any depth, and check values as the settings do', () => {
    for (const [patch, where] of [
      [{ gait: 'off' }, 'gait'],
      [{ engine: { tresholds: { send: 80 } } }, 'tresholds'],
      [{ version: 1 }, 'version'],
    ] as const) {
      const r = settingsPatchSchema.safeParse(patch);
      expect(r.success).toBe(false);
      expect(JSON.stringify(r.error?.issues)).toContain(where);
    }
    expect(settingsPatchSchema.safeParse({ engine: { dailyBudget: 0 } }).success).toBe(false);
    // Rules across fields are checked on the whole result by the writer.
    const crossed = applySettingsPatch(stored, { engine: { strictness: { send: -20, hold: 20 } } });
    expect(parseSettings(crossed).ok).toBe(false);
  });

  it('are the fields that differ, field by field inside engine', () => {
    const next: Settings = {
      ...stored,
      pausedUntil: 0,
      engine: { ...stored.engine, dailyBudget: 41 },
    };
    expect(settingsPatchOf(stored, next)).toEqual({ pausedUntil: 0, engine: { dailyBudget: 41 } });
    expect(settingsPatchOf(stored, structuredClone(stored))).toEqual({});
    expect(applySettingsPatch(stored, settingsPatchOf(stored, next))).toEqual(next);
  });

  it('mute and unmute one conversation, keeping the others', () => {
    const two = withMute(stored, '2-2', { handle: 'bob', name: undefined });
    expect(two.mutedConversations).toEqual(['1-1', '2-2']);
    expect(two.mutedPeople).toEqual({ '2-2': { handle: 'bob' } });
    expect(withMute(two, '2-2', { name: 'Bob' })).toBe(two);
    expect(withoutMute(two, '1-1')).toMatchObject({
      mutedConversations: ['2-2'],
      mutedPeople: { '2-2': { handle: 'bob' } },
    });
  });
});
