import { useState } from 'preact/hooks';
import { untilText } from '../time';
import type { SettingsHandle } from '../use-settings';
import { Notice } from './notices';

interface Props {
  settings: SettingsHandle;
  /** True for a global pause; false when only this conversation is muted. */
  everywhere: boolean;
  now: () => number;
  onNavigate(tab: 'settings'): void;
}

export function Paused({ settings, everywhere, now, onNavigate }: Props) {
  const [error, setError] = useState<string | null>(null);
  const s = settings.settings;
  if (!everywhere || !s) {
    return (
      <Notice title="Worthy is off for this conversation">
        <p>You turned Worthy off here. It checks your other DMs as usual.</p>
        <button type="button" class="p-btn" onClick={() => onNavigate('settings')}>
          Manage muted conversations
        </button>
      </Notice>
    );
  }
  const resume = async () => {
    const r = await settings.save({ ...s, pausedUntil: 0 });
    setError(r.ok ? null : r.error);
  };
  return (
    <Notice title="Worthy is paused">
      <p>
        Paused until {untilText(s.pausedUntil, now())}. Your DMs send without checks until then.
      </p>
      <button type="button" class="p-btn p-btn--primary" onClick={resume}>
        Resume
      </button>
      {error && (
        <p class="p-error" role="alert">
          Could not resume: {error}
        </p>
      )}
    </Notice>
  );
}
