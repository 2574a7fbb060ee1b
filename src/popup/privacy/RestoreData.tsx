/**
 * "Restore from a backup": the counterpart of "Export all my data". The file is read and checked
 * here first (shared/backup.ts), so a bad file is refused at once with what is wrong and nothing
 * changes; a good one is summarised and restored only after the user confirms, because it
 * replaces what is stored on this device.
 */
import { useRef, useState } from 'preact/hooks';
import { type Backup, parseBackupFile } from '../../shared/backup';
import { msg } from '../../shared/i18n';
import type { WorthyApi } from '../api';
import { pickedFile } from '../download';
import { shortDate } from '../time';

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm'; file: string; backup: Backup }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

export function RestoreData({ api, onRestored }: { api: WorthyApi; onRestored(): void }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const restoreRef = useRef<HTMLButtonElement>(null);

  const onFile = async (e: Event) => {
    const file = await pickedFile(e);
    if (!file) return;
    const parsed = parseBackupFile(file.text);
    if (!parsed.ok) {
      setStep({ kind: 'error', text: msg('popup_restore_file_error', [file.name, parsed.error]) });
      return;
    }
    setStep({ kind: 'confirm', file: file.name, backup: parsed.backup });
    // The choice that follows is the next thing to do: put the keyboard there.
    queueMicrotask(() => restoreRef.current?.focus());
  };

  const restore = async (backup: Backup) => {
    setStep({ kind: 'busy' });
    const r = await api.restoreData(backup);
    if (!r.ok) {
      setStep({ kind: 'error', text: msg('popup_restore_error', [r.error]) });
      return;
    }
    setStep({
      kind: 'done',
      text: msg('popup_restore_done', [r.data.sends, r.data.profiles, r.data.days]),
    });
    onRestored();
  };

  return (
    <div class="p-field">
      {step.kind === 'confirm' ? (
        <div class="p-confirm">
          <p>
            {msg('popup_restore_confirm', [
              step.file,
              shortDate(step.backup.exportedAt),
              step.backup.sends.length,
              step.backup.profiles.length,
            ])}
          </p>
          <div class="p-row">
            <button
              type="button"
              class="p-btn p-btn--danger"
              ref={restoreRef}
              onClick={() => restore(step.backup)}
            >
              {msg('popup_restore_yes')}
            </button>
            <button type="button" class="p-btn" onClick={() => setStep({ kind: 'idle' })}>
              {msg('popup_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <label class="p-btn p-file" aria-disabled={step.kind === 'busy' ? 'true' : undefined}>
          {msg('popup_restore_data')}
          <input
            type="file"
            accept="application/json,.json"
            class="w-sr"
            disabled={step.kind === 'busy'}
            onChange={onFile}
          />
        </label>
      )}
      <div aria-live="polite">
        {step.kind === 'busy' && <p class="p-muted">{msg('popup_restore_busy')}</p>}
        {step.kind === 'done' && (
          <p class="p-success" role="status">
            {step.text}
          </p>
        )}
        {step.kind === 'error' && (
          <p class="p-error" role="alert">
            {step.text}
          </p>
        )}
      </div>
      <p class="p-hint">{msg('popup_restore_hint')}</p>
    </div>
  );
}
