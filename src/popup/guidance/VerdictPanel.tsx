/**
 * The popup's view of the verdict for the tab in front of the user: the same summary the card
 * leads with (same words, same reasons), then the whole ledger, since the popup has the room.
 */
import { msg } from '../../shared/i18n';
import type { TabState, VerdictMessage } from '../../shared/messages';
import { Details } from '../../ui/Details';
import { Summary } from '../../ui/Summary';
import { VerdictChip } from '../../ui/VerdictChip';
import { personLabel } from '../person';

export function VerdictPanel({ state, verdict }: { state: TabState; verdict: VerdictMessage }) {
  return (
    <div class="p-verdict">
      <div class="p-verdict__head" aria-live="polite">
        <VerdictChip verdict={verdict.verdict} score={verdict.score} />
        <span class="p-muted">
          {msg('popup_to_recipient', [personLabel(state.recipient) ?? msg('popup_this_person')])}
        </span>
      </div>
      <Summary verdict={verdict} draft={state.draft} />
      <Details
        verdict={verdict}
        draft={state.draft}
        interestsTitle={
          state.recipient.handle
            ? msg('ui_heading_interests_handle', [state.recipient.handle])
            : undefined
        }
      />
    </div>
  );
}
