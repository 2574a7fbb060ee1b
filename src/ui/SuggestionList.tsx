import type { Suggestion } from '../engine/types';

export function SuggestionList({ suggestions }: { suggestions: readonly Suggestion[] }) {
  if (suggestions.length === 0) return null;
  return (
    <ul class="w-list w-suggestions">
      {suggestions.map((s) => (
        <li key={s.id} class="w-suggestion">
          {s.text}
        </li>
      ))}
    </ul>
  );
}
