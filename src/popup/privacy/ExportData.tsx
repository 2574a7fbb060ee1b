import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { backupFile } from '../../shared/backup';
import { msg } from '../../shared/i18n';
import type { WorthyApi } from '../api';
import { datedName, downloadText } from '../download';

/** "Your data": the backup download, and whatever the view adds beside it (the restore). */
export function ExportData({ api, children }: { api: WorthyApi; children?: ComponentChildren }) {
  const [error, setError] = useState<string | null>(null);
  const onExport = async () => {
    const r = await api.exportData();
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    downloadText(datedName('worthy-backup'), backupFile(r.data));
  };
  return (
    <section class="p-section" aria-labelledby="export-h">
      <h2 id="export-h" class="p-h2">
        {msg('popup_your_data')}
      </h2>
      <button type="button" class="p-btn" onClick={onExport}>
        {msg('popup_export_data')}
      </button>
      {error && (
        <p class="p-error" role="alert">
          {msg('popup_export_error', [error])}
        </p>
      )}
      {children}
    </section>
  );
}
