import type { Interest, InterestSource } from '../engine/types';

const SOURCE: Record<InterestSource, string> = {
  bio: 'their bio',
  post: 'a post of theirs',
  name: 'their name',
  location: 'their location',
  url: 'their link',
  thread: 'this conversation',
  brand: 'your brand profile',
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
              {it.touched ? ' your draft touches this' : ' (not in your draft)'}
            </span>
          </span>
          <span class="w-quote">
            From {SOURCE[it.source]}: <q>{it.quote}</q>
          </span>
        </li>
      ))}
    </ul>
  );
}
