import { useEffect, useRef, useState } from 'preact/hooks';
import { msg } from '../../shared/i18n';
import type { WorthyApi } from '../api';

const HANDLE = /^@?([A-Za-z0-9_]{1,15})$/;

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Forget one person, or everything (after a confirm step). */
export function DeleteControls({ api, onDeleted }: { api: WorthyApi; onDeleted(): void }) {
  const [confirming, setConfirming] = useState(false);
  const [handle, setHandle] = useState('');
  const [handleError, setHandleError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keep keyboard focus where the user is: on Cancel when the confirm step opens (the safe
  // choice), back on the button that opened it when it closes.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const deleteAll = async () => {
    const r = await api.deleteAll();
    setConfirming(false);
    setStatus(
      r.ok
        ? { kind: 'ok', text: msg('popup_delete_done_all') }
        : { kind: 'error', text: msg('popup_delete_error', [r.error]) },
    );
    if (r.ok) onDeleted();
  };

  const deleteOne = async (e: Event) => {
    e.preventDefault();
    const m = HANDLE.exec(handle.trim());
    if (!m) {
      setHandleError(msg('popup_delete_handle_invalid'));
      return;
    }
    setHandleError(null);
    const r = await api.deleteRecipient(m[1]!);
    setStatus(
      r.ok
        ? { kind: 'ok', text: msg('popup_delete_done_one', [m[1]!]) }
        : { kind: 'error', text: msg('popup_delete_error', [r.error]) },
    );
    if (r.ok) {
      setHandle('');
      onDeleted();
    }
  };

  return (
    <section class="p-section" aria-labelledby="delete-h">
      <h2 id="delete-h" class="p-h2">
        {msg('popup_delete_heading')}
      </h2>
      <form class="p-field" onSubmit={deleteOne} noValidate>
        <label for="forget-handle" class="p-label">
          {msg('popup_forget_label')}
        </label>
        <div class="p-row">
          <input
            id="forget-handle"
            type="text"
            placeholder={msg('popup_forget_placeholder')}
            autoComplete="off"
            spellcheck={false}
            value={handle}
            onInput={(e) => setHandle(e.currentTarget.value)}
            aria-invalid={handleError ? 'true' : undefined}
            aria-describedby={handleError ? 'forget-error' : undefined}
          />
          <button type="submit" class="p-btn">
            {msg('popup_forget')}
          </button>
        </div>
        {handleError && (
          <p class="p-error" id="forget-error" role="alert">
            {handleError}
          </p>
        )}
      </form>
      {confirming ? (
        <div class="p-confirm">
          <p id="confirm-text">{msg('popup_delete_confirm')}</p>
          <div class="p-row">
            <button type="button" class="p-btn p-btn--danger" onClick={deleteAll}>
              {msg('popup_delete_yes')}
            </button>
            <button
              type="button"
              class="p-btn"
              ref={cancelRef}
              onClick={() => setConfirming(false)}
            >
              {msg('popup_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="p-btn p-btn--danger-outline"
          ref={startRef}
          onClick={() => setConfirming(true)}
        >
          {msg('popup_delete_all')}
        </button>
      )}
      <div aria-live="polite">
        {status && (
          <p
            class={status.kind === 'ok' ? 'p-success' : 'p-error'}
            role={status.kind === 'ok' ? 'status' : 'alert'}
          >
            {status.text}
          </p>
        )}
      </div>
    </section>
  );
}
