import { useState } from 'preact/hooks';
import { msg } from '../../shared/i18n';
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
      <Notice title={msg('popup_muted_title')}>
        <p>{msg('popup_muted_text')}</p>
        <button type="button" class="p-btn" onClick={() => onNavigate('settings')}>
          {msg('popup_muted_manage')}
        </button>
      </Notice>
    );
  }
  const resume = async () => {
    const r = await settings.save({ ...s, pausedUntil: 0 });
    setError(r.ok ? null : r.error);
  };
  return (
    <Notice title={msg('popup_paused_title')}>
      <p>{msg('popup_paused_text', [untilText(s.pausedUntil, now())])}</p>
      <button type="button" class="p-btn p-btn--primary" onClick={resume}>
        {msg('popup_resume')}
      </button>
      {error && (
        <p class="p-error" role="alert">
          {msg('popup_resume_error', [error])}
        </p>
      )}
    </Notice>
  );
}
