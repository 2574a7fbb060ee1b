import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ComponentChildren;
}

/** A label, the control, a hint and the field's error. The control must use `ids(id)`. */
export function Field({ id, label, hint, error, children }: Props) {
  return (
    <div class={`p-field${error ? ' has-error' : ''}`}>
      <label for={id} class="p-label">
        {label}
      </label>
      {children}
      {hint && (
        <p class="p-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="p-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The accessibility attributes linking a control to its hint and error. */
export function ids(id: string, error: string | undefined, hint = false) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };
}
