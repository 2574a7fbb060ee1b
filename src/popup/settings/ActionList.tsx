/**
 * A Settings list whose rows each carry one action that undoes something (turn Worthy back on in
 * a conversation, count a reason again): the heading, the empty line, the rows and the error of
 * the last action, in one place for every such list.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Result } from '../api';

export interface ActionRow {
  key: string;
  /** `data-*` attributes on the row (tests and styles find rows by them). */
  data?: Record<string, string>;
  label: ComponentChildren;
  labelClass: string;
  /** The button's text, and its accessible name (which says what it acts on). */
  button: string;
  buttonName: string;
  buttonClass?: string;
  /** Acts on the item as stored now, never by writing back the list shown. */
  act: () => Promise<Result<unknown>>;
}

const dataAttributes = (data: Record<string, string> = {}): Record<string, string> =>
  Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));

export function ActionList({
  id,
  heading,
  none,
  rows,
}: {
  id: string;
  heading: string;
  none: string;
  rows: readonly ActionRow[];
}) {
  const [error, setError] = useState<string | null>(null);
  const run = async (row: ActionRow) => {
    const r = await row.act();
    setError(r.ok ? null : r.error);
  };
  return (
    <section class="p-section" aria-labelledby={id}>
      <h2 id={id} class="p-h2">
        {heading}
      </h2>
      {rows.length === 0 ? (
        <p class="p-muted">{none}</p>
      ) : (
        <ul class="w-list">
          {rows.map((row) => (
            <li key={row.key} class="p-row p-row--between" {...dataAttributes(row.data)}>
              <span class={row.labelClass} dir="auto">
                {row.label}
              </span>
              <button
                type="button"
                class={
                  row.buttonClass ? `p-btn p-btn--small ${row.buttonClass}` : 'p-btn p-btn--small'
                }
                onClick={() => run(row)}
                aria-label={row.buttonName}
              >
                {row.button}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="p-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
