import { useState } from 'preact/hooks';
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
        Pause
      </h2>
      <p class="p-muted" role="status">
        {paused ? `Paused until ${untilText(settings.pausedUntil, now())}.` : 'Worthy is on.'}
      </p>
      <div class="p-row">
        <button type="button" class="p-btn" onClick={() => set(now() + HOUR_MS)}>
          Pause 1 hour
        </button>
        <button type="button" class="p-btn" onClick={() => set(tomorrowStart(now()))}>
          Until tomorrow
        </button>
        {paused && (
          <button type="button" class="p-btn p-btn--primary" onClick={() => set(0)}>
            Resume
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
