import { useState } from 'preact/hooks';
import { msg } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { personLabel } from '../person';
import type { SettingsHandle } from '../use-settings';

/** "@alice (Alice)" for a muted conversation; its id only when muted before names were kept. */
export function mutedLabel(settings: Settings, id: string): string {
  return personLabel(settings.mutedPeople[id]) ?? msg('popup_muted_conversation', [id]);
}

/** Conversations where the user turned Worthy off; removing one turns it back on there. */
export function MutedList({ handle, settings }: { handle: SettingsHandle; settings: Settings }) {
  const [error, setError] = useState<string | null>(null);
  const remove = async (id: string) => {
    // By id, not by writing back this list: a conversation muted meanwhile stays muted.
    const r = await handle.unmute(id);
    setError(r.ok ? null : r.error);
  };
  return (
    <section class="p-section" aria-labelledby="muted-h">
      <h2 id="muted-h" class="p-h2">
        {msg('popup_muted_heading')}
      </h2>
      {settings.mutedConversations.length === 0 ? (
        <p class="p-muted">{msg('popup_muted_none')}</p>
      ) : (
        <ul class="w-list">
          {settings.mutedConversations.map((id) => {
            const label = mutedLabel(settings, id);
            return (
              <li key={id} class="p-row p-row--between">
                <span class="p-ellipsis" dir="auto">
                  {label}
                </span>
                <button
                  type="button"
                  class="p-btn p-btn--small"
                  onClick={() => remove(id)}
                  aria-label={msg('popup_unmute', [label])}
                >
                  {msg('popup_remove')}
                </button>
              </li>
            );
          })}
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
