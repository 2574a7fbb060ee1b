/**
 * Quotes of the draft as small chips: “today only” “Limited spots” +2 more. The quotes come from
 * `evidence.ts`, so they are whole words and links, each once; never an "and …" tail.
 */
import { msg } from '../shared/i18n';
import { clipQuote } from './evidence';

export function Quotes({ quotes, more = 0 }: { quotes: readonly string[]; more?: number }) {
  if (quotes.length === 0) return null;
  return (
    <span class="w-quotes">
      {quotes.map((q) => (
        <q key={q} dir="auto" title={q.length > 48 ? q : undefined}>
          {clipQuote(q)}
        </q>
      ))}
      {more > 0 && <span class="w-quotes__more">{msg('ui_more_quotes', [more])}</span>}
    </span>
  );
}
