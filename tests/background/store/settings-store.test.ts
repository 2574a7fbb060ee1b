import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  exportSettingsFile,
  importSettingsFile,
  loadSettings,
  onSettingsChanged,
  SETTINGS_KEY,
  saveSettings,
} from '../../../src/background/store';
import { DEFAULT_SETTINGS, type Settings, settingsFile } from '../../../src/shared/settings';
import { type FakeAreas, fakeAreas } from './helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { useStorageAreas } from '../../../src/background/store';

let areas: FakeAreas;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  areas = fakeAreas();
  useStorageAreas(areas);
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  gate: 'warn',
  profileRetentionDays: 7,
  engine: { ...DEFAULT_SETTINGS.engine, dailyBudget: 25, triggerPhrases: ['act now'] },
};

describe('loadSettings', () => {
  it('gives defaults when nothing is stored, without writing', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(areas.sync.data.size).toBe(0);
  });

  it('reads what saveSettings wrote to sync', async () => {
    await saveSettings(custom);
    expect(areas.sync.data.get(SETTINGS_KEY)).toEqual(custom);
    expect(await loadSettings()).toEqual(custom);
  });

  it('repairs a corrupt value field by field and logs why', async () => {
    areas.sync.data.set(SETTINGS_KEY, {
      ...custom,
      gate: 'maximum',
      profileRetentionDays: -4,
      engine: { ...custom.engine, dailyBudget: 'lots', strictness: { send: -20, hold: 20 } },
      typo: true,
    });
    const s = await loadSettings();
    expect(s).toEqual({
      ...custom,
      gate: DEFAULT_SETTINGS.gate,
      profileRetentionDays: DEFAULT_SETTINGS.profileRetentionDays,
      engine: {
        ...custom.engine,
        dailyBudget: DEFAULT_SETTINGS.engine.dailyBudget,
        strictness: DEFAULT_SETTINGS.engine.strictness,
      },
    });
    const logged = String(warn.mock.calls[0]?.[0]);
    for (const field of [
      'gate',
      'profileRetentionDays',
      'engine.dailyBudget',
      'engine.strictness',
      'typo',
    ]) {
      expect(logged).toContain(field);
    }
    // Not written back: another synced device may run a newer Worthy.
    expect((areas.sync.data.get(SETTINGS_KEY) as { gate: string }).gate).toBe('maximum');
  });

  it('falls back to defaults for a value that is not an object, or unreadable storage', async () => {
    areas.sync.data.set(SETTINGS_KEY, 'garbage');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    areas.sync.get = () => Promise.reject(new Error('sync unavailable'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('saveSettings', () => {
  it('rejects invalid settings with a message naming the field, writing nothing', async () => {
    await saveSettings(custom);
    await expect(
      saveSettings({ ...custom, engine: { ...custom.engine, hourlyBudget: 0 } }),
    ).rejects.toThrow(/^settings not saved: engine\.hourlyBudget: /);
    expect(await loadSettings()).toEqual(custom);
  });

  it('keeps settings too large for sync on this device', async () => {
    areas.sync.itemLimit = 8_192;
    const big = {
      ...custom,
      mutedConversations: Array.from({ length: 2_000 }, (_, i) => `conv-${i}`),
    };
    await saveSettings(custom);
    await saveSettings(big);
    expect(await loadSettings()).toEqual(big);
    expect(areas.sync.data.get(SETTINGS_KEY)).toEqual(custom);
    // Once they fit again, sync is the one copy.
    await saveSettings(custom);
    expect(areas.local.data.has(SETTINGS_KEY)).toBe(false);
    expect(await loadSettings()).toEqual(custom);
  });
});

describe('onSettingsChanged', () => {
  it('reports new settings until unsubscribed', async () => {
    const seen: Settings[] = [];
    const stop = onSettingsChanged((s) => seen.push(s));
    await saveSettings(custom);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(custom));
    stop();
    await saveSettings(DEFAULT_SETTINGS);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.at(-1)).toEqual(custom);
  });
});

describe('importSettingsFile', () => {
  beforeEach(async () => {
    await saveSettings(custom);
  });

  it('imports a good file', async () => {
    const next = { ...custom, gate: 'off' as const };
    expect(await importSettingsFile(settingsFile(next))).toEqual({ ok: true, settings: next });
    expect(await loadSettings()).toEqual(next);
  });

  it('round-trips the exported file', async () => {
    expect(await importSettingsFile(await exportSettingsFile())).toEqual({
      ok: true,
      settings: custom,
    });
  });

  it.each([
    ['bad JSON', '{"kind": "worthy-settings", ', /^not valid JSON/],
    [
      'wrong kind',
      JSON.stringify({ kind: 'other-extension', settings: custom }),
      /not a Worthy settings file/,
    ],
    ['not an object', '[1,2,3]', /expected a JSON object/],
    [
      'wrong type at a nested field',
      JSON.stringify({
        kind: 'worthy-settings',
        settings: { ...custom, engine: { ...custom.engine, strictness: { send: 'high' } } },
      }),
      /^engine\.strictness\.send: /,
    ],
  ])('rejects %s with a message and leaves settings unchanged', async (_, text, message) => {
    const r = await importSettingsFile(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(message);
    expect(await loadSettings()).toEqual(custom);
    expect(areas.sync.data.get(SETTINGS_KEY)).toEqual(custom);
  });

  it('reports a storage failure as an error, not a throw', async () => {
    areas.sync.failWith = new Error('sync is offline');
    const r = await importSettingsFile(settingsFile({ ...custom, gate: 'off' }));
    expect(r).toEqual({ ok: false, error: 'settings not saved: sync is offline' });
  });
});
