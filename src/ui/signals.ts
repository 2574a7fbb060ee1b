/**
 * What a verdict says, sorted for reading: signals grouped into what hurts, what helps and notes;
 * the few reasons a summary leads with (never two about the same words); the evidence marks for
 * the highlighter; the one item of theirs to engage with. Pure, shared by the card, the warning,
 * the popup and the CLI.
 */
import type { Evidence, Severity, Signal, Verdict } from '../engine/types';
import { evidenceQuotes, type Span } from './evidence';
import { SEVERITY, signalName, type Tone, type Words } from './vocabulary';

export type SignalLike = Pick<
  Signal,
  'id' | 'severity' | 'weight' | 'message' | 'evidence' | 'dismissed'
>;

const isHurt = (s: SignalLike) => s.severity !== 'good' && s.severity !== 'info';

function byRank(a: SignalLike, b: SignalLike): number {
  return (
    SEVERITY[a.severity].rank - SEVERITY[b.severity].rank || Math.abs(b.weight) - Math.abs(a.weight)
  );
}

/**
 * Splits signals into what hurts the draft, what helps it, neutral notes and what the user set
 * aside ("not an issue here": no points, shown greyed with a way back); worst first.
 */
export function groupSignals<S extends SignalLike>(signals: readonly S[]) {
  const sorted = [...signals].sort(byRank);
  return {
    hurts: sorted.filter(isHurt),
    helps: sorted.filter((s) => s.severity === 'good'),
    notes: sorted.filter((s) => s.severity === 'info' && !s.dismissed),
    setAside: sorted.filter((s) => s.dismissed === true),
  };
}

/**
 * Evidence as spans of `draft`. Offsets index the string the engine scored; one that does not
 * match its own text (the draft was normalised on the way) is found again by its text.
 */
export function spansOf(draft: string, evidence: readonly Evidence[]): Span[] {
  return evidence.map((e) => {
    if (!e.text || draft.slice(e.start, e.end) === e.text) return e;
    const at = draft.indexOf(e.text);
    return at >= 0 ? { start: at, end: at + e.text.length } : e;
  });
}

/**
 * The draft's quotes for one signal: whole words and links, each once. Without the draft (the
 * warning may only have the verdict) the engine's own evidence texts are used as they are.
 */
export function quotesOf(draft: string, s: Pick<Signal, 'evidence'>): string[] {
  if (!draft) {
    const seen = new Set<string>();
    return s.evidence
      .map((e) => e.text.trim())
      .filter((q) => q && !seen.has(q.toLocaleLowerCase()) && seen.add(q.toLocaleLowerCase()));
  }
  return evidenceQuotes(draft, spansOf(draft, s.evidence));
}

export interface Reason {
  id: string;
  severity: Severity;
  tone: Tone;
  /** The signal's plain name, e.g. "Link shortener". */
  name: string;
  /** The engine's explanation. */
  message: string;
  /** Up to `maxQuotes` quotes of the draft; `more` counts the rest. */
  quotes: string[];
  more: number;
}

/** One signal as a reason: its plain name, tone and up to `maxQuotes` quotes of the draft. */
export function reasonOf(s: SignalLike, draft: string, t: Words, maxQuotes = 3): Reason {
  const quotes = quotesOf(draft, s);
  return {
    id: s.id,
    severity: s.severity,
    tone: SEVERITY[s.severity].tone,
    name: signalName(s.id, t),
    message: s.message,
    quotes: quotes.slice(0, maxQuotes),
    more: Math.max(0, quotes.length - maxQuotes),
  };
}

/** Every reason for and against, worst first (best first for a draft worth sending). */
export function allReasons(
  v: Pick<Verdict, 'verdict' | 'signals'>,
  draft: string,
  t: Words,
): Reason[] {
  const { hurts, helps } = groupSignals(v.signals);
  const order = v.verdict === 'send' ? [...helps, ...hurts] : [...hurts, ...helps];
  return order.map((s) => reasonOf(s, draft, t));
}

/**
 * The reasons a summary leads with: for a draft worth sending what helps it most, otherwise what
 * hurts it most. A reason whose words are all already quoted by an earlier one is skipped, so
 * the few lines shown are about different things.
 */
export function topReasons(
  v: Pick<Verdict, 'verdict' | 'signals'>,
  draft: string,
  t: Words,
  n = 2,
): Reason[] {
  const quoted = new Set<string>();
  const names = new Set<string>();
  const out: Reason[] = [];
  for (const r of allReasons(v, draft, t)) {
    if (out.length >= n) break;
    const keys = [...r.quotes].map((q) => q.toLocaleLowerCase());
    if (names.has(r.name) || (keys.length > 0 && keys.every((k) => quoted.has(k)))) continue;
    names.add(r.name);
    for (const k of keys) quoted.add(k);
    out.push(r);
  }
  return out;
}

export interface Engage {
  source: 'question' | 'post' | 'bio';
  text: string;
  /** Whether the draft already engages with it; null when not known. */
  engaged: boolean | null;
}

/** The one item of theirs to engage with; their open question when the engine names none. */
export function engageOf(v: Pick<Verdict, 'engage' | 'context'>): Engage | null {
  if (v.engage) return { source: v.engage.source, text: v.engage.text, engaged: v.engage.engaged };
  const q = v.context.openQuestion;
  return q ? { source: 'question', text: q.text, engaged: null } : null;
}

/** The one fix the summary offers: the engine's first suggestion. */
export function topFix(v: Pick<Verdict, 'suggestions'>): string | null {
  return v.suggestions[0]?.text ?? null;
}
