/**
 * The CLI's words for a verdict: the extension's vocabulary (`ui/vocabulary.ts`) read from the
 * same catalog, so `worthy check` and `worthy score --pretty` say "Not worth sending" and
 * "Shortened link" exactly as the badge and the card do, with percentages as the extension shows
 * them. Plain names only: ids appear in `--json` output and nowhere else.
 */
import { english } from '../engine/i18n';
import type { Verdict } from '../engine/index';
import { clipQuote } from '../ui/evidence';
import type { Reason } from '../ui/signals';
import { AXIS, percent, type Tone, VERDICT } from '../ui/vocabulary';
import { visible } from './visible';

/** A text glyph per tone: the same shapes as the extension's icons. */
const GLYPH: Record<Tone, string> = { good: '✓', warn: '!', bad: '✕', neutral: '·' };
const COLOUR: Record<Tone, string> = {
  good: '\x1b[32m',
  warn: '\x1b[33m',
  bad: '\x1b[31m',
  neutral: '\x1b[2m',
};
const RESET = '\x1b[0m';

export function paint(text: string, tone: Tone, colour: boolean): string {
  return colour ? `${COLOUR[tone]}${text}${RESET}` : text;
}

/** "✓ Worth sending" */
export function verdictWords(v: Pick<Verdict, 'verdict'>): { text: string; tone: Tone } {
  const { name, tone } = VERDICT[v.verdict];
  return { text: `${GLYPH[tone]} ${english(name)}`, tone };
}

/** "72%", or "—" when relevance is not known. */
export function pctOrDash(x: number | null): string {
  return x === null ? '—' : `${percent(x)}%`;
}

/** "relevance 72% · spam risk 3%", in the axes' own words. */
export function axesLine(v: Pick<Verdict, 'relevance' | 'spam'>): string {
  const rel = english(AXIS.relevance).toLocaleLowerCase();
  const spam = english(AXIS.spam).toLocaleLowerCase();
  return `${rel} ${pctOrDash(v.relevance)} · ${spam} ${pctOrDash(v.spam)}`;
}

/** "+ Refers to their post" or "− Shortened link": what helped and what hurt. */
export function signedName(r: Pick<Reason, 'tone' | 'name'>): string {
  return `${r.tone === 'good' ? '+' : '−'} ${r.name}`;
}

/** “today only”, “Limited spots” (+2 more) */
export function quoteList(r: Pick<Reason, 'quotes' | 'more'>): string {
  const q = r.quotes.map((x) => `“${visible(clipQuote(x))}”`).join(', ');
  return r.more ? `${q} ${english('ui_more_quotes', [r.more])}` : q;
}
