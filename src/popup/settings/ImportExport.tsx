import { useState } from 'preact/hooks';
import { msg } from '../../shared/i18n';
import { parseSettingsFile, type Settings, settingsFile } from '../../shared/settings';
import { datedName, downloadText, pickedFile } from '../download';
import type { SettingsHandle } from '../use-settings';
import { describeChanges } from './changes';

type Status =
  | { kind: 'ok'; title: string; lines: string[] }
  | { kind: 'error'; text: string }
  | null;

/** Export the settings to a file, or import one: a bad file changes nothing and says why. */
export function ImportExport({
  handle,
  settings,
  onImported,
}: {
  handle: SettingsHandle;
  settings: Settings;
  onImported(s: Settings): void;
}) {
  const [status, setStatus] = useState<Status>(null);

  const onFile = async (e: Event) => {
    const file = await pickedFile(e);
    if (!file) return;
    const parsed = parseSettingsFile(file.text);
    if (!parsed.ok) {
      setStatus({
        kind: 'error',
        text: msg('popup_import_error', [file.name, parsed.error]),
      });
      return;
    }
    const changes = describeChanges(settings, parsed.settings);
    const r = await handle.save(parsed.settings);
    if (!r.ok) {
      setStatus({
        kind: 'error',
        text: msg('popup_import_save_error', [r.error]),
      });
      return;
    }
    onImported(r.data);
    setStatus({
      kind: 'ok',
      title: changes.length
        ? msg('popup_imported_changed', [file.name])
        : msg('popup_imported_unchanged', [file.name]),
      lines: changes,
    });
  };

  return (
    <section class="p-section" aria-labelledby="io-h">
      <h2 id="io-h" class="p-h2">
        {msg('popup_io_heading')}
      </h2>
      <div class="p-row">
        <button
          type="button"
          class="p-btn"
          onClick={() => downloadText(datedName('worthy-settings'), settingsFile(settings))}
        >
          {msg('popup_export_settings')}
        </button>
        <label class="p-btn p-file">
          {msg('popup_import_settings')}
          <input type="file" accept="application/json,.json" class="w-sr" onChange={onFile} />
        </label>
      </div>
      <div aria-live="polite">
        {status?.kind === 'error' && (
          <p class="p-error" role="alert">
            {status.text}
          </p>
        )}
        {status?.kind === 'ok' && (
          <div class="p-success" role="status">
            <p>{status.title}</p>
            {status.lines.length > 0 && (
              <ul>
                {status.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
