import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Dismissal } from '../shared/dismissals';
import type { Settings } from '../shared/settings';
import { settingsPatchOf } from '../shared/settings-patch';
import type { Result, WorthyApi } from './api';

export interface SettingsHandle {
  settings: Settings | null;
  /** Set when the settings could not be loaded. */
  error: string | null;
  /**
   * Saves what differs between the shared copy and `next` (only those fields: the worker applies
   * them to what is stored, so a change made meanwhile elsewhere is kept) and, on success,
   * replaces the shared copy with the settings as stored.
   */
  save(next: Settings): Promise<Result<Settings>>;
  /** Turns Worthy back on in one muted conversation, leaving every other mute as stored. */
  unmute(conversationId: string): Promise<Result<Settings>>;
  /** Counts one set-aside reason again, leaving every other choice as stored. */
  forget(dismissal: Dismissal): Promise<Result<Settings>>;
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
  const adopt = useCallback((r: Result<Settings>) => {
    if (r.ok) {
      setSettings(r.data);
      setError(null);
    }
    return r;
  }, []);
  const save = useCallback(
    async (next: Settings) =>
      adopt(await api.patchSettings(settingsPatchOf(settings ?? next, next))),
    [api, adopt, settings],
  );
  const unmute = useCallback(
    async (conversationId: string) => adopt(await api.unmuteConversation(conversationId)),
    [api, adopt],
  );
  const forget = useCallback(
    async (dismissal: Dismissal) => adopt(await api.forgetDismissal(dismissal)),
    [api, adopt],
  );
  return { settings, error, save, unmute, forget, reload: () => load() };
}
