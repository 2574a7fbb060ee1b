import { useState } from 'preact/hooks';
import { msg } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { HOUR_MS, tomorrowStart, untilText } from '../time';
import type { SettingsHandle } from '../use-settings';

/** Pause for an hour or until tomorrow, or resume. Applies at once; no Save needed. */
export function PauseControls({
  handle,
  settings,
  now,
}: {
  handle: SettingsHandle;
  settings: Settings;
  now: () => number;
}) {
  const [error, setError] = useState<string | null>(null);
  const set = async (pausedUntil: number) => {
    const r = await handle.save({ ...settings, pausedUntil });
    setError(r.ok ? null : r.error);
  };
  const paused = settings.pausedUntil > now();
  return (
    <section class="p-section" aria-labelledby="pause-h">
      <h2 id="pause-h" class="p-h2">
        {msg('popup_pause_heading')}
      </h2>
      <p class="p-muted" role="status">
        {paused
          ? msg('popup_paused_until', [untilText(settings.pausedUntil, now())])
          : msg('popup_on')}
      </p>
      <div class="p-row">
        <button type="button" class="p-btn" onClick={() => set(now() + HOUR_MS)}>
          {msg('popup_pause_hour')}
        </button>
        <button type="button" class="p-btn" onClick={() => set(tomorrowStart(now()))}>
          {msg('popup_pause_tomorrow')}
        </button>
        {paused && (
          <button type="button" class="p-btn p-btn--primary" onClick={() => set(0)}>
            {msg('popup_resume')}
          </button>
        )}
      </div>
      {error && (
        <p class="p-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
