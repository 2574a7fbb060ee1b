/**
 * The draft as Worthy scored it, with the evidence ranges wrapped in <mark>. Rendered from the
 * string Worthy holds, in Worthy's own panel: X's editor is never touched. Text only.
 */
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
            <span class="sr">{s.mark.kind === 'hurt' ? ' (flagged)' : ' (helps)'}</span>
          </mark>
        ) : (
          s.text
        ),
      )}
    </p>
  );
}
