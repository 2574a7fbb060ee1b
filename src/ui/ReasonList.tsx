/**
 * The few reasons a summary leads with, each as its plain name and the draft's words it is about.
 * Shared by the card and the pre-send warning, so both say it the same way. Where the surface
 * passes `actions` (the card, the popup), a reason against the draft offers "Not an issue here".
 */

import type { ReasonActions } from './actions';
import { ToneIcon } from './icons';
import { Quotes } from './Quotes';
import { NotAnIssue } from './SetAside';
import type { Reason } from './signals';

export function ReasonList({
  reasons,
  actions,
}: {
  reasons: readonly Reason[];
  actions?: ReasonActions | undefined;
}) {
  if (reasons.length === 0) return null;
  return (
    <ul class="w-reasons">
      {reasons.map((r) => (
        <li key={r.id} class="w-reason" data-signal={r.id} title={r.message}>
          <ToneIcon tone={r.tone} />
          <span class="w-reason__body">
            <span class="w-reason__name">{r.name}</span> <Quotes quotes={r.quotes} more={r.more} />
            {actions && r.severity !== 'good' && (
              <NotAnIssue signal={r.id} name={r.name} actions={actions} />
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
