/**
 * "Not an issue here" choices (issue 13), listed by reason and where they apply, each reversible:
 * "Count again" removes exactly that choice, so the reason counts there again. Conversations are
 * named by the person, never by the conversation id.
 */
import type { Dismissal } from '../../shared/dismissals';
import { msg } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { signalName } from '../../ui/vocabulary';
import { personLabel } from '../person';
import type { SettingsHandle } from '../use-settings';
import { ActionList } from './ActionList';

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
  // Newest first: the one just set aside is the one most likely to be taken back.
  const list = [...settings.dismissals].reverse();
  return (
    <ActionList
      id="dismissed-h"
      heading={msg('popup_dismissed_heading')}
      none={msg('popup_dismissed_none')}
      rows={list.map((d) => {
        const name = signalName(d.signal, msg);
        const where = whereLabel(d);
        return {
          key: `${d.signal}|${d.scope}|${d.key}`,
          data: { signal: d.signal },
          label: (
            <>
              <strong>{name}</strong> <span class="p-muted">{where}</span>
            </>
          ),
          labelClass: 'p-dismissed__what',
          button: msg('popup_dismissed_restore'),
          buttonName: msg('popup_dismissed_restore_label', [name, where]),
          buttonClass: 'p-keep',
          // By the choice itself: one set aside meanwhile stays.
          act: () => handle.forget(d),
        };
      })}
    />
  );
}
