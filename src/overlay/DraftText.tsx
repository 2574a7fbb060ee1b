/**
 * The draft as Worthy scored it, with the evidence ranges wrapped in <mark>. Rendered from the
 * string Worthy holds, in Worthy's own panel: X's editor is never touched. Text only.
 */
import { msg } from '../shared/i18n';
import type { VerdictMessage } from '../shared/messages';
import { rangesOf, segmentDraft } from './highlight';

export function DraftText({ draft, verdict }: { draft: string; verdict: VerdictMessage }) {
  const segments = segmentDraft(draft, rangesOf(verdict, draft));
  return (
    <p class="draft" dir="auto" data-worthy="draft">
      {segments.map((s) =>
        s.mark ? (
          <mark
            key={s.start}
            class={s.mark.kind}
            title={s.mark.notes.join('\n')}
            data-start={s.start}
          >
            {s.text}
            <span class="sr">
              {` ${msg(s.mark.kind === 'hurt' ? 'overlay_mark_flagged' : 'overlay_mark_helps')}`}
            </span>
          </mark>
        ) : (
          s.text
        ),
      )}
    </p>
  );
}
