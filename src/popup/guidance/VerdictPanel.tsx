import type { Signal } from '../../engine/types';
import { msg } from '../../shared/i18n';
import type { TabState, VerdictMessage } from '../../shared/messages';
import { HighlightedDraft } from '../../ui/HighlightedDraft';
import type { MarkRange } from '../../ui/highlight';
import { InterestList } from '../../ui/InterestList';
import { Meter } from '../../ui/Meter';
import { groupSignals, SignalList } from '../../ui/SignalList';
import { SuggestionList } from '../../ui/SuggestionList';
import { VerdictChip } from '../../ui/VerdictChip';
import { humanId } from '../../ui/verdict-text';

const KIND_TEXT = {
  'customer-initiated': 'popup_kind_customer_initiated',
  ongoing: 'popup_kind_ongoing',
  cold: 'popup_kind_cold',
} as const;

/** Evidence of harmful and helpful signals, as highlight ranges over the draft. */
export function evidenceRanges(signals: readonly Signal[]): MarkRange[] {
  return signals.flatMap((s) =>
    s.severity === 'info'
      ? []
      : s.evidence.map((e) => ({
          start: e.start,
          end: e.end,
          tone: s.severity === 'good' ? ('good' as const) : ('bad' as const),
          note: s.message,
        })),
  );
}

function who(recipient: TabState['recipient']): string {
  if (recipient.handle)
    return recipient.name
      ? msg('popup_recipient_named', [recipient.handle, recipient.name])
      : msg('popup_recipient_handle', [recipient.handle]);
  return recipient.name ?? msg('popup_this_person');
}

export function VerdictPanel({ state, verdict }: { state: TabState; verdict: VerdictMessage }) {
  const { hurts, helps, notes } = groupSignals(verdict.signals);
  const recipient = who(state.recipient);
  return (
    <div class="p-verdict">
      <div class="p-verdict__head" aria-live="polite">
        <VerdictChip verdict={verdict.verdict} score={verdict.score} />
        <span class="p-muted">{msg('popup_to_recipient', [recipient])}</span>
      </div>
      <p class="p-context">
        {msg('popup_context_sentence', [msg(KIND_TEXT[verdict.context.kind])])}
      </p>
      {verdict.context.openQuestion && (
        <p class="p-callout">
          {msg('popup_they_asked')} <q>{verdict.context.openQuestion.text}</q>{' '}
          {msg('popup_answer_first')}
        </p>
      )}
      <div class="p-meters">
        <Meter
          label={msg('popup_meter_relevance')}
          value={verdict.relevance}
          unknownText={msg('popup_meter_relevance_unknown')}
        />
        <Meter label={msg('popup_meter_spam')} value={verdict.spam} inverted />
      </div>
      {state.draft && (
        <HighlightedDraft draft={state.draft} ranges={evidenceRanges(verdict.signals)} />
      )}
      <SignalList title={msg('popup_heading_hurts')} signals={hurts} />
      <SignalList title={msg('popup_heading_helps')} signals={helps} />
      <SignalList title={msg('popup_heading_notes')} signals={notes} />
      <section aria-label={msg('popup_heading_interests')}>
        <h3 class="w-h3">
          {state.recipient.handle
            ? msg('popup_heading_interests_handle', [state.recipient.handle])
            : msg('popup_heading_interests')}
        </h3>
        {verdict.interests.length ? (
          <InterestList interests={verdict.interests} />
        ) : (
          <p class="p-muted">{msg('popup_interests_none')}</p>
        )}
      </section>
      {verdict.suggestions.length > 0 && (
        <section aria-label={msg('popup_heading_suggestions')}>
          <h3 class="w-h3">{msg('popup_heading_try_this')}</h3>
          <SuggestionList suggestions={verdict.suggestions} />
        </section>
      )}
      {verdict.skipped.length > 0 && (
        <section aria-label={msg('popup_heading_skipped')}>
          <h3 class="w-h3">{msg('popup_heading_skipped')}</h3>
          <ul class="w-list p-small">
            {verdict.skipped.map((s) => (
              <li key={s.id}>
                <strong>{humanId(s.id)}</strong>: {s.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
