/**
 * "Not an issue here" choices (issue 13), listed by reason and where they apply, each reversible:
 * "Count again" removes exactly that choice, so the reason counts there again. Conversations are
 * named by the person, never by the conversation id.
 */
import { useState } from 'preact/hooks';
import type { Dismissal } from '../../shared/dismissals';
import { msg } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { signalName } from '../../ui/vocabulary';
import { personLabel } from '../person';
import type { SettingsHandle } from '../use-settings';

/** Where a choice applies, in words: "everywhere", "for @alice", "in the conversation with …". */
export function whereLabel(d: Dismissal): string {
  if (d.scope === 'everywhere') return msg('popup_dismissed_everywhere');
  if (d.scope === 'recipient')
    return msg('popup_dismissed_recipient', [personLabel(d.who) ?? `@${d.key}`]);
  const who = personLabel(d.who);
  return who ? msg('popup_dismissed_conversation', [who]) : msg('popup_dismissed_one_conversation');
}

export function DismissedList({
  handle,
  settings,
}: {
  handle: SettingsHandle;
  settings: Settings;
}) {
  const [error, setError] = useState<string | null>(null);
  const restore = async (d: Dismissal) => {
    // By the choice itself, not by writing back this list: one set aside meanwhile stays.
    const r = await handle.forget(d);
    setError(r.ok ? null : r.error);
  };
  // Newest first: the one just set aside is the one most likely to be taken back.
  const list = [...settings.dismissals].reverse();
  return (
    <section class="p-section" aria-labelledby="dismissed-h">
      <h2 id="dismissed-h" class="p-h2">
        {msg('popup_dismissed_heading')}
      </h2>
      {list.length === 0 ? (
        <p class="p-muted">{msg('popup_dismissed_none')}</p>
      ) : (
        <ul class="w-list">
          {list.map((d) => {
            const name = signalName(d.signal, msg);
            const where = whereLabel(d);
            return (
              <li
                key={`${d.signal}|${d.scope}|${d.key}`}
                class="p-row p-row--between"
                data-signal={d.signal}
              >
                <span class="p-dismissed__what" dir="auto">
                  <strong>{name}</strong> <span class="p-muted">{where}</span>
                </span>
                <button
                  type="button"
                  class="p-btn p-btn--small p-keep"
                  onClick={() => restore(d)}
                  aria-label={msg('popup_dismissed_restore_label', [name, where])}
                >
                  {msg('popup_dismissed_restore')}
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
