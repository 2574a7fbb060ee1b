/** A person as the popup names them: "@alice (Alice)", "@alice", "Alice", or null if unknown. */
import { msg } from '../shared/i18n';

export function personLabel(p: { handle?: string; name?: string } | undefined): string | null {
  if (p?.handle)
    return p.name
      ? msg('popup_recipient_named', [p.handle, p.name])
      : msg('popup_recipient_handle', [p.handle]);
  return p?.name || null;
}
