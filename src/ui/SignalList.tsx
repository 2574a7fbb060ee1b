/**
 * The ledger: every signal with its severity, plain name, points on its axis, the engine's
 * explanation and the recipient's words it points to. The card's details and the popup use it.
 */
import type { Quote, Signal } from '../engine/types';
import { msg } from '../shared/i18n';
import type { ReasonActions } from './actions';
import { NotAnIssue } from './SetAside';
import { SEVERITY, SOURCE, signalName, signed } from './vocabulary';

const POINTS = { spam: 'ui_points_spam', relevance: 'ui_points_relevance' } as const;

/** A quote of the recipient's own text with where it came from: "Their post: “…”". */
export function TheirQuote({ quote }: { quote: Pick<Quote, 'source' | 'text'> }) {
  return (
    <span class="w-their">
      {msg(SOURCE[quote.source])} <q dir="auto">{quote.text}</q>
    </span>
  );
}

interface Props {
  title: string;
  signals: readonly Signal[];
  /** "Not an issue here" on what hurts, "Count it again" on what was set aside. */
  actions?: ReasonActions | undefined;
}

/** The control a row offers: set a hurt aside, or count a set-aside reason again. */
function RowAction({ s, actions }: { s: Signal; actions: ReasonActions }) {
  const name = signalName(s.id, msg);
  if (s.dismissed)
    return (
      <button
        type="button"
        class="w-action"
        aria-label={msg('ui_set_aside_restore_label', [name])}
        data-worthy="restore"
        onClick={() => actions.restore(s.id)}
      >
        {msg('ui_set_aside_restore')}
      </button>
    );
  if (s.severity === 'good' || s.severity === 'info') return null;
  return <NotAnIssue signal={s.id} name={name} actions={actions} />;
}

export function SignalList({ title, signals, actions }: Props) {
  if (signals.length === 0) return null;
  return (
    <section class="w-signals" aria-label={title}>
      <h3 class="w-h3">{title}</h3>
      <ul class="w-list">
        {signals.map((s) => (
          <li
            key={s.id}
            class={`w-signal w-tone--${SEVERITY[s.severity].tone}${s.dismissed ? ' is-aside' : ''}`}
            data-signal={s.id}
          >
            <span class="w-signal__sev">
              {msg(s.dismissed ? 'ui_severity_set_aside' : SEVERITY[s.severity].name)}
            </span>
            <span class="w-signal__head">
              <span class="w-signal__name">{signalName(s.id, msg)}</span>
              {s.weight !== 0 && (
                <span class="w-signal__pts">{msg(POINTS[s.axis], [signed(s.weight)])}</span>
              )}
            </span>
            <span class="w-signal__msg">{s.message}</span>
            {s.quotes?.slice(0, 2).map((q) => (
              <TheirQuote key={`${q.source}-${q.index ?? ''}-${q.text}`} quote={q} />
            ))}
            {actions && <RowAction s={s} actions={actions} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
