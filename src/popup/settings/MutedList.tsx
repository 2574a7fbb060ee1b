import { msg } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { personLabel } from '../person';
import type { SettingsHandle } from '../use-settings';
import { ActionList } from './ActionList';

/** "@alice (Alice)" for a muted conversation; its id only when muted before names were kept. */
export function mutedLabel(settings: Settings, id: string): string {
  return personLabel(settings.mutedPeople[id]) ?? msg('popup_muted_conversation', [id]);
}

/** Conversations where the user turned Worthy off; removing one turns it back on there. */
export function MutedList({ handle, settings }: { handle: SettingsHandle; settings: Settings }) {
  return (
    <ActionList
      id="muted-h"
      heading={msg('popup_muted_heading')}
      none={msg('popup_muted_none')}
      rows={settings.mutedConversations.map((id) => {
        const label = mutedLabel(settings, id);
        return {
          key: id,
          label,
          labelClass: 'p-ellipsis',
          button: msg('popup_remove'),
          buttonName: msg('popup_unmute', [label]),
          // By id: a conversation muted meanwhile stays muted.
          act: () => handle.unmute(id),
        };
      })}
    />
  );
}
