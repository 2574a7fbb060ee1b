/**
 * The full ledger behind a verdict: both meters, the conversation kind, the draft with its
 * evidence marked, every signal (what hurts, what helps, notes), what the recipient cares about,
 * the suggestions after the summary's fix, and the checks that did not run. The card shows it under "Details"; the popup
 * shows it below the summary.
 */

import { msg } from '../shared/i18n';
import type { VerdictMessage } from '../shared/messages';
import type { ReasonActions } from './actions';
import { HighlightedDraft } from './HighlightedDraft';
import { marksOf } from './highlight';
import { InterestList } from './InterestList';
import { Meter } from './Meter';
import { SignalList } from './SignalList';
import { SuggestionList } from './SuggestionList';
import { groupSignals } from './signals';
import { AXIS, axisTone, CONTEXT } from './vocabulary';

interface Props {
  verdict: VerdictMessage;
  draft: string;
  /** "What @alice cares about" when the handle is known. */
  interestsTitle?: string | undefined;
  /** "Not an issue here" and "Count it again", where the surface can act on them. */
  actions?: ReasonActions | undefined;
}

export function Details({ verdict: v, draft, interestsTitle, actions }: Props) {
  const { hurts, helps, notes, setAside } = groupSignals(v.signals);
  const skipped = [...new Set(v.skipped.map((s) => s.reason))];
  return (
    <div class="w-details">
      <div class="w-meters">
        <Meter
          label={msg(AXIS.relevance)}
          value={v.relevance}
          tone={axisTone('relevance', v.relevance)}
          unknownText={msg('ui_relevance_unknown')}
        />
        <Meter label={msg(AXIS.spam)} value={v.spam} tone={axisTone('spam', v.spam)} />
      </div>
      <p class="w-context">{msg(CONTEXT[v.context.kind])}</p>
      {draft && <HighlightedDraft draft={draft} ranges={marksOf(draft, v.signals, msg)} />}
      <SignalList title={msg('ui_heading_hurts')} signals={hurts} actions={actions} />
      <SignalList title={msg('ui_heading_helps')} signals={helps} />
      <SignalList title={msg('ui_heading_notes')} signals={notes} />
      {/* Set aside by the person: greyed, worth nothing, with the way back. */}
      <SignalList title={msg('ui_heading_set_aside')} signals={setAside} actions={actions} />
      <section class="w-section" aria-label={interestsTitle ?? msg('ui_heading_interests')}>
        <h3 class="w-h3">{interestsTitle ?? msg('ui_heading_interests')}</h3>
        {v.interests.length ? (
          <InterestList interests={v.interests} />
        ) : (
          <p class="w-muted">{msg('ui_interests_none')}</p>
        )}
      </section>
      {v.suggestions.length > 1 && (
        // The first suggestion is the summary's fix; the rest are here.
        <section class="w-section" aria-label={msg('ui_heading_suggestions')}>
          <h3 class="w-h3">{msg('ui_heading_suggestions')}</h3>
          <SuggestionList suggestions={v.suggestions.slice(1)} />
        </section>
      )}
      {skipped.length > 0 && (
        <section class="w-section" aria-label={msg('ui_heading_skipped')}>
          <h3 class="w-h3">{msg('ui_heading_skipped')}</h3>
          <ul class="w-list w-muted">
            {skipped.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
