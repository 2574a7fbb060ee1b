import type { Signal } from '../../engine/types';
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
  'customer-initiated': 'They wrote to you first',
  ongoing: 'An ongoing conversation',
  cold: 'A cold DM: they have not written to you',
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
    return `@${recipient.handle}${recipient.name ? ` (${recipient.name})` : ''}`;
  return recipient.name ?? 'this person';
}

export function VerdictPanel({ state, verdict }: { state: TabState; verdict: VerdictMessage }) {
  const { hurts, helps, notes } = groupSignals(verdict.signals);
  const recipient = who(state.recipient);
  return (
    <div class="p-verdict">
      <div class="p-verdict__head" aria-live="polite">
        <VerdictChip verdict={verdict.verdict} score={verdict.score} />
        <span class="p-muted">to {recipient}</span>
      </div>
      <p class="p-context">{KIND_TEXT[verdict.context.kind]}.</p>
      {verdict.context.openQuestion && (
        <p class="p-callout">
          They asked: <q>{verdict.context.openQuestion.text}</q> Answer that first.
        </p>
      )}
      <div class="p-meters">
        <Meter
          label="Relevance to them"
          value={verdict.relevance}
          unknownText="unknown: no profile seen"
        />
        <Meter label="Spam risk" value={verdict.spam} inverted />
      </div>
      {state.draft && (
        <HighlightedDraft draft={state.draft} ranges={evidenceRanges(verdict.signals)} />
      )}
      <SignalList title="What hurts" signals={hurts} />
      <SignalList title="What helps" signals={helps} />
      <SignalList title="Worth knowing" signals={notes} />
      <section aria-label="What they care about">
        <h3 class="w-h3">
          {state.recipient.handle
            ? `What @${state.recipient.handle} cares about`
            : 'What they care about'}
        </h3>
        {verdict.interests.length ? (
          <InterestList interests={verdict.interests} />
        ) : (
          <p class="p-muted">
            Nothing known yet. Open their profile on x.com and scroll their posts: Worthy learns
            what they care about from what you see there.
          </p>
        )}
      </section>
      {verdict.suggestions.length > 0 && (
        <section aria-label="Suggestions">
          <h3 class="w-h3">Try this</h3>
          <SuggestionList suggestions={verdict.suggestions} />
        </section>
      )}
      {verdict.skipped.length > 0 && (
        <section aria-label="Checks not run">
          <h3 class="w-h3">Checks not run</h3>
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
