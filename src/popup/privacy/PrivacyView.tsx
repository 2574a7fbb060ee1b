import { useEffect, useState } from 'preact/hooks';
import { msg } from '../../shared/i18n';
import type { HistorySummary } from '../../shared/messages';
import type { WorthyApi } from '../api';
import type { SettingsHandle } from '../use-settings';
import { DeleteControls } from './DeleteControls';
import { ExportData } from './ExportData';
import { RestoreData } from './RestoreData';

export function PrivacyView({ api, settings }: { api: WorthyApi; settings: SettingsHandle }) {
  const [storage, setStorage] = useState<HistorySummary['storage'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () =>
    api.historySummary().then((r) => {
      if (r.ok) setStorage(r.data.storage);
      else setError(r.error);
    });
  useEffect(() => {
    refresh();
  }, [api]);

  const days = settings.settings?.profileRetentionDays ?? 30;
  return (
    <div class="p-privacy">
      {storage && !storage.available && (
        <p class="p-callout p-callout--warn" role="note">
          <strong>{msg('popup_memory_off')}</strong>{' '}
          {msg('popup_privacy_memory_off', [
            storage.reason ? ` ${msg('popup_privacy_reason', [storage.reason])}` : '',
          ])}
        </p>
      )}
      <section class="p-section" aria-labelledby="stored-h">
        <h2 id="stored-h" class="p-h2">
          {msg('popup_stored_heading')}
        </h2>
        <ul class="p-bullets">
          <li>
            <strong>{msg('popup_stored_profiles_strong')}</strong>
            {msg('popup_stored_profiles', [days])}
            {storage && (
              <span class="p-count"> {msg('popup_stored_count', [storage.counts.profiles])}</span>
            )}
          </li>
          <li>
            <strong>{msg('popup_stored_sends_strong')}</strong>
            {msg('popup_stored_sends')}
            {storage && (
              <span class="p-count"> {msg('popup_stored_count', [storage.counts.sends])}</span>
            )}
          </li>
          <li>
            <strong>{msg('popup_stored_daily_strong')}</strong> {msg('popup_stored_daily')}
          </li>
          <li>
            <strong>{msg('popup_stored_settings_strong')}</strong>
            {msg('popup_stored_settings')}
          </li>
        </ul>
        <p>{msg('popup_privacy_local')}</p>
        {error && (
          <p class="p-error" role="alert">
            {msg('popup_storage_error', [error])}
          </p>
        )}
      </section>
      <ExportData api={api}>
        <RestoreData
          api={api}
          onRestored={() => {
            refresh();
            void settings.reload();
          }}
        />
      </ExportData>
      <DeleteControls api={api} onDeleted={refresh} />
    </div>
  );
}
