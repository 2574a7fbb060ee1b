import { useEffect, useState } from 'preact/hooks';
import type { HistorySummary } from '../../shared/messages';
import type { WorthyApi } from '../api';
import type { SettingsHandle } from '../use-settings';
import { DeleteControls } from './DeleteControls';
import { ExportData } from './ExportData';

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
          <strong>Memory is off.</strong> This browser won't let Worthy use its database
          {storage.reason ? ` (${storage.reason})` : ''}, so nothing is remembered between visits.
        </p>
      )}
      <section class="p-section" aria-labelledby="stored-h">
        <h2 id="stored-h" class="p-h2">
          What Worthy keeps, on this device only
        </h2>
        <ul class="p-bullets">
          <li>
            <strong>Profiles you viewed on x.com</strong>: name, bio and the posts you scrolled
            past, so it knows what people care about. Each is forgotten after {days} days.
            {storage && <span class="p-count"> ({storage.counts.profiles} stored now)</span>}
          </li>
          <li>
            <strong>DMs you sent</strong>, as fingerprints, never the text: enough to spot a
            template sent to many people.
            {storage && <span class="p-count"> ({storage.counts.sends} stored now)</span>}
          </li>
          <li>
            <strong>Daily counts</strong> of sent and held DMs, for your pace.
          </li>
          <li>
            <strong>Your settings</strong>, synced by Chrome with your profile if you use Chrome
            sync.
          </li>
        </ul>
        <p>
          Nothing leaves your device. Worthy has no server and makes no network requests; it can
          only read x.com and twitter.com pages.
        </p>
        {error && (
          <p class="p-error" role="alert">
            Couldn't read the storage status: {error}
          </p>
        )}
      </section>
      <ExportData api={api} />
      <DeleteControls api={api} onDeleted={refresh} />
    </div>
  );
}
