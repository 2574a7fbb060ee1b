import type { Interest, InterestSource } from '../engine/types';
import { msg } from '../shared/i18n';

const SOURCE: Record<InterestSource, string> = {
  bio: 'ui_source_bio',
  post: 'ui_source_post',
  name: 'ui_source_name',
  location: 'ui_source_location',
  url: 'ui_source_url',
  thread: 'ui_source_thread',
  brand: 'ui_source_brand',
};

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
          <span class="w-interest__label">
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
          <span class="w-quote">
            {msg('ui_interest_from', [msg(SOURCE[it.source])])} <q>{it.quote}</q>
          </span>
        </li>
      ))}
    </ul>
  );
}
