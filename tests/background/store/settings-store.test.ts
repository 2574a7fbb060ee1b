import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  exportSettingsFile,
  importSettingsFile,
  loadSettings,
  onSettingsChanged,
  patchSettings,
  SETTINGS_KEY,
  saveSettings,
  updateSettings,
  useStorageAreas,
} from '../../../src/background/store';
import { DEFAULT_SETTINGS, type Settings, settingsFile } from '../../../src/shared/settings';
import { withMute, withoutMute } from '../../../src/shared/settings-patch';
import { type FakeAreas, fakeAreas } from './helpers';

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

describe('one writer, field by field', () => {
  it('applies changes that arrive together one after the other, losing none', async () => {
    await saveSettings({ ...custom, mutedConversations: ['1-1'] });
    // A mute from the card, a save from the popup's form, another mute and an unmute, all at
    // once, with storage slow enough that each write overlaps the next read.
    const slow = areas.sync.get.bind(areas.sync);
    areas.sync.get = async (k) => {
      const value = await slow(k);
      await new Promise((r) => setTimeout(r, 5));
      return value;
    };
    const results = await Promise.all([
      updateSettings((s) => withMute(s, '2-2', { handle: 'bob' })),
      patchSettings({ gate: 'strict', engine: { hourlyBudget: 5 } }),
      updateSettings((s) => withMute(s, '3-3', {})),
      updateSettings((s) => withoutMute(s, '1-1')),
    ]);
    const stored = await loadSettings();
    expect(stored).toEqual({
      ...custom,
      gate: 'strict',
      engine: { ...custom.engine, hourlyBudget: 5 },
      mutedConversations: ['2-2', '3-3'],
      mutedPeople: { '2-2': { handle: 'bob' } },
    });
    // Each caller gets the settings as its own change left them.
    expect(results[0]!.mutedConversations).toEqual(['1-1', '2-2']);
    expect(results[3]).toEqual(stored);
  });

  it('a patch changes only its fields; a bad one names the field and writes nothing', async () => {
    await saveSettings({ ...custom, pausedUntil: 99 });
    expect(await patchSettings({ engine: { dailyBudget: 7 } })).toEqual({
      ...custom,
      pausedUntil: 99,
      engine: { ...custom.engine, dailyBudget: 7 },
    });
    await expect(patchSettings({ engine: { hourlyBudget: 0 } })).rejects.toThrow(
      /^settings not saved: engine\.hourlyBudget: /,
    );
    // A failed change does not block the ones queued after it.
    expect((await patchSettings({ gate: 'off' })).gate).toBe('off');
    expect((await loadSettings()).engine.dailyBudget).toBe(7);
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
