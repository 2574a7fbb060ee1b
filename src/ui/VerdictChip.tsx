import type { VerdictKind } from '../engine/types';
import { msg } from '../shared/i18n';
import { VERDICT_LABEL } from './verdict-text';

interface Props {
  verdict: VerdictKind;
  score?: number;
}

/** The verdict as a coloured pill, with the score when given. Colour is never the only cue. */
export function VerdictChip({ verdict, score }: Props) {
  return (
    <span class={`w-chip w-chip--${verdict}`}>
      <span class="w-chip__dot" aria-hidden="true" />
      {msg(VERDICT_LABEL[verdict])}
      {score !== undefined && <span class="w-chip__score">{Math.round(score)}</span>}
    </span>
  );
}
