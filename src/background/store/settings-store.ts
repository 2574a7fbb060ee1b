/**
 * The user's settings in chrome.storage.sync, so they are small and follow the user's Chrome
 * profile to every device they sign in on. Sync allows 8 KB per item; settings that outgrow it
 * (thousands of muted conversations) are kept in chrome.storage.local on this device instead,
 * and the last synced copy stays as it was for the other devices.
 *
 * Every write goes through `updateSettings`, one at a time: each change is applied to the
 * settings as stored when its turn comes, so two changes arriving together (a mute from the card,
 * a save from the popup) both land instead of the later whole object erasing the earlier one.
 */
import {
  parseSettings,
  parseSettingsFile,
  SETTINGS_KEY,
  type Settings,
  type SettingsParse,
  settingsFile,
} from '../../shared/settings';
import { applySettingsPatch, type SettingsPatch } from '../../shared/settings-patch';
import { type StorageChange, storageAreas } from './areas';
import { repairSettings } from './repair';

export { SETTINGS_KEY };

/** Where the settings live: a local copy exists only while they are too big to sync. */
async function readRaw(): Promise<unknown> {
  const { sync, local } = storageAreas();
  // Both at once: every score reads the settings, a woken worker included.
  const [here, synced] = await Promise.all([local.get(SETTINGS_KEY), sync.get(SETTINGS_KEY)]);
  return here[SETTINGS_KEY] ?? synced[SETTINGS_KEY];
}

/**
 * The current settings, never throwing: a corrupt stored value is repaired field by field in
 * memory (and logged). It is not written back, because a newer Worthy on another synced device
 * may have written fields this version does not know; the next save writes a clean copy.
 */
export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await readRaw();
  } catch (e) {
    console.warn('worthy: could not read settings, using defaults', e);
    raw = undefined;
  }
  const { settings, notes } = repairSettings(raw ?? {});
  if (notes.length) console.warn(`worthy: stored settings repaired: ${notes.join('; ')}`);
  return settings;
}

function isQuota(e: unknown): boolean {
  return /quota/i.test(String((e as { message?: unknown })?.message ?? e));
}

/** Validates, then stores. Rejects with a message naming the bad field; nothing is written then. */
async function write(s: unknown): Promise<Settings> {
  const parsed = parseSettings(s);
  if (!parsed.ok) throw new Error(`settings not saved: ${parsed.error}`);
  const { sync, local } = storageAreas();
  const item = { [SETTINGS_KEY]: parsed.settings };
  try {
    await sync.set(item);
    await local.remove(SETTINGS_KEY);
  } catch (e) {
    if (!isQuota(e)) throw new Error(`settings not saved: ${(e as Error)?.message ?? String(e)}`);
    console.warn('worthy: settings too large to sync; keeping them on this device only', e);
    await local.set(item);
  }
  return parsed.settings;
}

/** The end of the queue of writes: each starts when the one before it has finished. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The one writer: reads the stored settings, applies `change` and stores the result, after every
 * change queued before it. `change` gets what is stored now, never a copy from earlier, and may
 * return the same object to write nothing new. Rejects (writing nothing) when the result is
 * invalid.
 */
export function updateSettings(change: (current: Settings) => unknown): Promise<Settings> {
  const turn = queue.then(async () => {
    const current = await loadSettings();
    const next = change(current);
    return next === current ? current : write(next);
  });
  queue = turn.catch(() => undefined);
  return turn;
}

/** Replaces the settings whole (a restore, an import), in turn with every other change. */
export function saveSettings(s: unknown): Promise<Settings> {
  return updateSettings(() => s);
}

/** Applies the fields of `patch` to the stored settings (the popup's saves). */
export function patchSettings(patch: SettingsPatch): Promise<Settings> {
  return updateSettings((current) => applySettingsPatch(current, patch));
}

/** Calls `cb` with the new settings whenever they change (here, in the popup, or on another device). */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const { onChanged } = storageAreas();
  const listener = (changes: Record<string, StorageChange>, areaName: string) => {
    if (!(SETTINGS_KEY in changes) || (areaName !== 'sync' && areaName !== 'local')) return;
    // Re-read rather than trust `newValue`: which copy wins depends on both areas.
    void loadSettings().then(cb);
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/** Imports a settings file; on any error the current settings are left exactly as they were. */
export async function importSettingsFile(text: string): Promise<SettingsParse> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, settings: await saveSettings(parsed.settings) };
  } catch (e) {
    return { ok: false, error: (e as Error)?.message ?? String(e) };
  }
}

/** The current settings as an importable file. */
export async function exportSettingsFile(): Promise<string> {
  return settingsFile(await loadSettings());
}
