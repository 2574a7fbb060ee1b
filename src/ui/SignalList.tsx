import type { InterestSource, Severity, Signal } from '../engine/types';
import { msg } from '../shared/i18n';
import { SEVERITY_LABEL } from './verdict-text';

const THEIR: Record<InterestSource, string> = {
  bio: 'ui_their_bio',
  post: 'ui_their_post',
  name: 'ui_their_name',
  location: 'ui_their_location',
  url: 'ui_their_url',
  thread: 'ui_their_thread',
  brand: 'ui_their_brand',
};

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3, good: 4 };

/** Splits signals into what hurts the draft, what helps it, and neutral notes. */
export function groupSignals(signals: readonly Signal[]) {
  const byRank = [...signals].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || Math.abs(b.weight) - Math.abs(a.weight),
  );
  return {
    hurts: byRank.filter(
      (s) => s.severity === 'high' || s.severity === 'medium' || s.severity === 'low',
    ),
    helps: byRank.filter((s) => s.severity === 'good'),
    notes: byRank.filter((s) => s.severity === 'info'),
  };
}

interface Props {
  title: string;
  signals: readonly Signal[];
}

export function SignalList({ title, signals }: Props) {
  if (signals.length === 0) return null;
  return (
    <section class="w-signals" aria-label={title}>
      <h3 class="w-h3">{title}</h3>
      <ul class="w-list">
        {signals.map((s) => (
          <li key={s.id} class={`w-signal w-signal--${s.severity}`}>
            <span class="w-badge">{msg(SEVERITY_LABEL[s.severity])}</span>
            <span class="w-signal__msg">{s.message}</span>
            {s.evidence.length > 0 && (
              <span class="w-signal__ev">
                {s.evidence.slice(0, 3).map((e) => (
                  <q key={`${e.start}-${e.end}`}>{e.text}</q>
                ))}
              </span>
            )}
            {s.quotes?.slice(0, 2).map((q) => (
              <span key={`${q.source}-${q.index ?? ''}-${q.text}`} class="w-quote">
                {msg(THEIR[q.source])} <q>{q.text}</q>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
