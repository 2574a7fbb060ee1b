import { msg } from '../shared/i18n';
import { highlightRuns, type MarkRange } from './highlight';

interface Props {
  draft: string;
  ranges: readonly MarkRange[];
  label?: string;
}

/**
 * The draft with its evidence marked. The draft is untrusted text: it is only ever rendered as
 * text nodes, never as HTML.
 */
export function HighlightedDraft({ draft, ranges, label = msg('ui_heading_draft') }: Props) {
  const runs = highlightRuns(draft, ranges);
  return (
    <figure class="w-draft">
      <figcaption class="w-draft__caption">{label}</figcaption>
      <blockquote class="w-draft__text" dir="auto" data-worthy="draft">
        {runs.map((run, i) =>
          run.mark ? (
            <mark key={i} class={`w-hl w-hl--${run.mark.tone}`} title={run.mark.notes.join('\n')}>
              {run.text}
              <span class="w-sr">
                {` ${msg(run.mark.tone === 'bad' ? 'ui_mark_hurts' : 'ui_mark_helps', [run.mark.notes.join('; ')])}`}
              </span>
            </mark>
          ) : (
            run.text
          ),
        )}
      </blockquote>
    </figure>
  );
}
