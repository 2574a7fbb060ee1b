import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import type { Result, WorthyApi } from './api';

export interface SettingsHandle {
  settings: Settings | null;
  /** Set when the settings could not be loaded. */
  error: string | null;
  /** Saves and, on success, replaces the shared copy every view reads. */
  save(next: Settings): Promise<Result<Settings>>;
  /** Reads the stored settings again (they were replaced behind the popup's back: a restore). */
  reload(): Promise<void>;
}

/** One copy of the settings for the whole popup, so a change in one tab shows in the others. */
export function useSettings(api: WorthyApi): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    (live: () => boolean = () => true) =>
      api.getSettings().then((r) => {
        if (!live()) return;
        if (r.ok) setSettings(r.data);
        else setError(r.error);
      }),
    [api],
  );
  useEffect(() => {
    let live = true;
    void load(() => live);
    return () => {
      live = false;
    };
  }, [load]);
  const save = useCallback(
    async (next: Settings) => {
      const r = await api.setSettings(next);
      if (r.ok) {
        setSettings(r.data);
        setError(null);
      }
      return r;
    },
    [api],
  );
  return { settings, error, save, reload: () => load() };
}
