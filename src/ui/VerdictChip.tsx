/**
 * The verdict in Worthy's words with its glyph and colour, e.g. "✓ Worth sending 82/100". The
 * card, the popup and the warning show it; the badge uses the same words and glyph.
 */
import type { VerdictKind } from '../engine/types';
import { msg } from '../shared/i18n';
import { ToneIcon } from './icons';
import { VERDICT } from './vocabulary';

interface Props {
  verdict: VerdictKind;
  score?: number;
}

export function VerdictChip({ verdict, score }: Props) {
  const { name, tone } = VERDICT[verdict];
  return (
    <span class={`w-chip w-tone--${tone}`} data-verdict={verdict}>
      <ToneIcon tone={tone} size={18} />
      <span class="w-chip__name">{msg(name)}</span>
      {score !== undefined && (
        <span class="w-chip__score">{msg('ui_score', [Math.round(score)])}</span>
      )}
    </span>
  );
}
