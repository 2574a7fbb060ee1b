/**
 * The few reasons a summary leads with, each as its plain name and the draft's words it is about.
 * Shared by the card and the pre-send warning, so both say it the same way. Each row keeps room at
 * its end for a per-reason action ("Not an issue here", issue 13).
 */
import { ToneIcon } from './icons';
import { Quotes } from './Quotes';
import type { Reason } from './signals';

export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul class="w-reasons">
      {reasons.map((r) => (
        <li key={r.id} class="w-reason" data-signal={r.id} title={r.message}>
          <ToneIcon tone={r.tone} />
          <span class="w-reason__body">
            <span class="w-reason__name">{r.name}</span> <Quotes quotes={r.quotes} more={r.more} />
          </span>
        </li>
      ))}
    </ul>
  );
}
