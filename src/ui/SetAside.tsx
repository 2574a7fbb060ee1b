/**
 * "Not an issue here" on one reason: a button that opens the places it may be set aside (this
 * conversation, this recipient, everywhere; a safety reason only in this conversation), and the
 * line that confirms a choice with Undo. Keyboard: the choices take focus when opened, Escape
 * closes them and gives focus back to the button; after a choice, focus goes to Undo (the reason
 * itself leaves the list).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { isSafetySignal } from '../shared/dismiss-scopes';
import { msg } from '../shared/i18n';
import type { DismissScope, ReasonActions } from './actions';

function scopeWords(scope: DismissScope, who: string | undefined): string {
  if (scope === 'conversation') return msg('ui_dismiss_conversation');
  if (scope === 'recipient')
    return who ? msg('ui_dismiss_recipient', [who]) : msg('ui_dismiss_recipient_unknown');
  return msg('ui_dismiss_everywhere');
}

export function NotAnIssue({
  signal,
  name,
  actions,
}: {
  signal: string;
  name: string;
  actions: ReasonActions;
}) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const id = useId();
  const scopes = actions.scopes(signal);
  const safety = isSafetySignal(signal);
  useEffect(() => {
    if (open) groupRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <span class="w-dismiss">
      <button
        ref={toggleRef}
        type="button"
        class="w-action"
        aria-expanded={open}
        aria-controls={id}
        aria-label={msg('ui_dismiss_label', [name])}
        data-worthy="dismiss"
        onClick={() => setOpen(!open)}
      >
        {msg('ui_dismiss')}
      </button>
      {open && (
        // A group (fieldset), not a menu: plain buttons in Tab order, so nothing new to learn.
        <fieldset
          ref={groupRef}
          id={id}
          class="w-dismiss__choices"
          aria-label={msg('ui_dismiss_where', [name])}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              // Close the choices, not the card around them.
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
        >
          {scopes.map((scope) => (
            <button
              key={scope}
              type="button"
              class="w-chipbtn"
              data-scope={scope}
              onClick={() => {
                setOpen(false);
                actions.dismiss(signal, scope);
              }}
            >
              {scopeWords(scope, actions.who)}
            </button>
          ))}
          <button type="button" class="w-action w-action--quiet" onClick={close}>
            {msg('ui_dismiss_cancel')}
          </button>
          {safety && (
            <p class="w-dismiss__note">
              {msg(scopes.length ? 'ui_dismiss_safety' : 'ui_dismiss_safety_nowhere')}
            </p>
          )}
        </fieldset>
      )}
    </span>
  );
}

/** "“Pushy call to action” set aside in this conversation. Undo" after a choice. */
export function SetAsideNote({
  name,
  actions,
}: {
  name: string;
  actions: ReasonActions & { last: NonNullable<ReasonActions['last']> };
}) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const { signal, scope } = actions.last;
  useEffect(() => {
    undoRef.current?.focus({ preventScroll: true });
  }, [signal, scope]);
  const text =
    scope === 'conversation'
      ? msg('ui_set_aside_conversation', [name])
      : scope === 'recipient'
        ? msg('ui_set_aside_recipient', [name, actions.who ?? msg('ui_this_person')])
        : msg('ui_set_aside_everywhere', [name]);
  return (
    <p class="w-setaside-note" data-worthy="set-aside-note">
      <span role="status">{text}</span>{' '}
      <button
        ref={undoRef}
        type="button"
        class="w-action"
        aria-label={msg('ui_undo_label', [name])}
        data-worthy="undo"
        onClick={() => actions.restore(signal)}
      >
        {msg('ui_undo')}
      </button>
    </p>
  );
}
