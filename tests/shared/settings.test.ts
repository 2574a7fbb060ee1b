import { describe, expect, it } from 'vitest';
import { parseInput, score } from '../../src/engine/index';
import { HOLD_BELOW, SEND_AT } from '../../src/engine/model/lines';
import { migrateEngineSettings } from '../../src/engine/schema';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  parseSettings,
  SETTINGS_VERSION,
} from '../../src/shared/settings';

describe('strictness: offsets from the fitted lines', () => {
  it('defaults to the fitted lines', () => {
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
    expect(DEFAULT_SETTINGS.engine.strictness).toEqual({ send: 0, hold: 0 });
  });

  it('migrates version 1 absolute thresholds to offsets, keeping every other choice', () => {
    const v1 = {
      version: 1,
      gate: 'strict',
      engine: { thresholds: { send: 80, hold: 35 }, dailyBudget: 50 },
      mutedConversations: ['111-222'],
    };
    const r = parseSettings(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.version).toBe(SETTINGS_VERSION);
    expect(r.settings.gate).toBe('strict');
    expect(r.settings.engine.strictness).toEqual({ send: 80 - SEND_AT, hold: 35 - HOLD_BELOW });
    expect(r.settings.engine.dailyBudget).toBe(50);
    expect(r.settings.mutedConversations).toEqual(['111-222']);
  });

  it('treats settings with no version as version 1; the defaults become zero offsets', () => {
    const r = parseSettings({ engine: { thresholds: { send: 70, hold: 40 } } });
    expect(r.ok && r.settings.engine.strictness).toEqual({ send: 0, hold: 0 });
  });

  it('clamps an old extreme into range and keeps the hold line under the send line', () => {
    expect(migrateEngineSettings({ thresholds: { send: 100, hold: 100 } })).toEqual({
      strictness: { send: 30, hold: 30 },
    });
    expect(migrateEngineSettings({ thresholds: { send: 0, hold: 0 } })).toEqual({
      strictness: { send: -30, hold: -30 },
    });
    expect(migrateEngineSettings({ thresholds: { send: 45, hold: 60 } })).toEqual({
      strictness: { send: -25, hold: 5 },
    });
  });

  it('leaves current and newer settings alone', () => {
    const v2 = { version: 2, engine: { strictness: { send: 5, hold: 0 } } };
    expect(migrateSettings(v2)).toBe(v2);
    const v3 = { version: 3, future: true };
    expect(migrateSettings(v3)).toBe(v3);
    expect(parseSettings(v3).ok).toBe(false);
  });

  it('rejects a hold line above the send line, and offsets outside ±30, by name', () => {
    const crossed = parseSettings({ version: 2, engine: { strictness: { send: -20, hold: 20 } } });
    expect(crossed.ok ? '' : crossed.error).toMatch(/hold line must not rise above the send line/);
    const far = parseSettings({ version: 2, engine: { strictness: { send: 31 } } });
    expect(far.ok ? '' : far.error).toMatch(/^engine\.strictness\.send: /);
  });

  it('moves the verdict lines in the engine: same score, stricter verdict', () => {
    const draft = 'Thanks for the tips on the Chamonix descents, really helpful!';
    const messages = [{ from: 'them' as const, text: 'Try shorter steps on the steep parts.' }];
    const plain = score({ draft, messages });
    const strict = score({ draft, messages, settings: { strictness: { send: 30, hold: 30 } } });
    expect(strict.score).toBe(plain.score);
    if (plain.score >= SEND_AT && plain.score < SEND_AT + 30) {
      expect(plain.verdict).toBe('send');
      expect(strict.verdict).not.toBe('send');
    }
  });

  it('scores CLI inputs written for version 1 on the migrated lines', () => {
    const old = parseInput({ draft: 'hi', settings: { thresholds: { send: 90, hold: 10 } } });
    expect(old.ok && old.input.settings?.strictness).toEqual({ send: 20, hold: -30 });
  });
});
