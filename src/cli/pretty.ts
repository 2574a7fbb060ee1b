/**
 * `worthy score --pretty`: one readable block per draft instead of a JSON line.
 *
 *   1. @priya_brews (Priya Raman)
 *      ✓ Worth sending · 85/100 · relevance 72% · spam risk 0%
 *      + Refers to their post  +20 relevance  “cold-brew ratios”
 *      − Link in a cold opener  +20 spam risk  “https://…”
 *      Engage with their post: “Cold brew at 1:8 …”
 *      Try this: Open without the link; offer it once they reply.
 */
import { english } from '../engine/i18n';
import type { EngineInput, Verdict } from '../engine/index';
import { allReasons, engageOf, topFix } from '../ui/signals';
import { ENGAGE, signed } from '../ui/vocabulary';
import { visible } from './visible';
import { axesLine, paint, quoteList, signedName, verdictWords } from './words';

const POINTS = { spam: 'ui_points_spam', relevance: 'ui_points_relevance' } as const;

function who(input: EngineInput, n: number): string {
  const r = input.recipient;
  const handle = r?.handle ? `@${r.handle}` : '';
  const name = r?.name?.trim();
  const label = handle && name ? `${handle} (${name})` : handle || name || '';
  return `${n}.${label ? ` ${visible(label)}` : ''}`;
}

export function prettyVerdict(input: EngineInput, v: Verdict, n: number, colour: boolean): string {
  const draft = typeof input.draft === 'string' ? input.draft : '';
  const head = verdictWords(v);
  const lines = [
    who(input, n),
    `   ${paint(head.text, head.tone, colour)} · ${english('ui_score', [Math.round(v.score)])} · ${axesLine(v)}`,
  ];
  // Every reason, not only the top few: here there is room for the whole ledger.
  for (const r of allReasons(v, draft, english)) {
    const s = v.signals.find((x) => x.id === r.id)!;
    const points = s.weight ? `  ${english(POINTS[s.axis], [signed(s.weight)])}` : '';
    const quotes = r.quotes.length ? `  ${quoteList(r)}` : '';
    lines.push(`   ${paint(signedName(r), r.tone, colour)}${points}${quotes}`);
  }
  const engage = engageOf(v);
  if (engage) lines.push(`   ${english(ENGAGE[engage.source])}: “${visible(engage.text)}”`);
  const fix = topFix(v);
  if (fix) lines.push(`   ${english('ui_heading_fix')} ${fix}`);
  return lines.join('\n');
}
