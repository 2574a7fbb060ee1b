import type { Interest } from '../engine/types';
import { msg } from '../shared/i18n';
import { TheirQuote } from './SignalList';

/** What the recipient cares about, each with the words it came from; touched ones are marked. */
export function InterestList({ interests }: { interests: readonly Interest[] }) {
  if (interests.length === 0) return null;
  return (
    <ul class="w-list w-interests">
      {interests.map((it) => (
        <li
          key={`${it.label}-${it.source}-${it.index ?? ''}`}
          class={`w-interest${it.touched ? ' is-touched' : ''}`}
        >
          <span class="w-interest__label" dir="auto">
            {it.touched && (
              <span class="w-interest__tick" aria-hidden="true">
                ✓
              </span>
            )}
            {it.label}
            <span class={it.touched ? 'w-interest__state' : 'w-sr'}>
              {` ${msg(it.touched ? 'ui_interest_touched' : 'ui_interest_untouched')}`}
            </span>
          </span>
          <TheirQuote quote={{ source: it.source, text: it.quote }} />
        </li>
      ))}
    </ul>
  );
}
