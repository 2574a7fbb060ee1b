/**
 * Splits a draft into plain and marked runs from evidence ranges: the one highlighter, used by the
 * card's details and the popup. Ranges are first made whole and merged per tone (see
 * `evidence.ts`), so a phrase or a link is one mark, never a row of fragments. Where a harmful
 * and a helpful range overlap, the harmful one wins: that is the part the user should look at.
 */
import { ENGLISH_STOPWORDS } from '../engine/text/stopwords';
import { mergeSpans } from './evidence';
import { type SignalLike, spansOf } from './signals';
import { signalName, type Words } from './vocabulary';

export type MarkTone = 'bad' | 'good';

export interface MarkRange {
  start: number;
  end: number;
  tone: MarkTone;
  /** Why it is marked, e.g. the signal's name (a tooltip and words for screen readers). */
  note: string;
}

export interface Run {
  text: string;
  mark?: { tone: MarkTone; notes: string[] };
}

/** Per tone: whole, merged spans, each carrying the notes of every range inside it. */
function wholeRanges(draft: string, ranges: readonly MarkRange[]): MarkRange[] {
  const out: MarkRange[] = [];
  for (const tone of ['bad', 'good'] as const) {
    const mine = ranges.filter((r) => r.tone === tone);
    for (const span of mergeSpans(draft, mine)) {
      const notes = mine.filter((r) => r.start < span.end && r.end > span.start).map((r) => r.note);
      for (const note of new Set(notes)) out.push({ ...span, tone, note });
    }
  }
  return out;
}

export function highlightRuns(draft: string, ranges: readonly MarkRange[]): Run[] {
  const n = draft.length;
  const valid = wholeRanges(draft, ranges);
  if (valid.length === 0) return n ? [{ text: draft }] : [];
  const cuts = new Set<number>([0, n]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = valid.filter((r) => r.start <= from && r.end >= to);
    const text = draft.slice(from, to);
    const tone: MarkTone | undefined = covering.some((r) => r.tone === 'bad')
      ? 'bad'
      : covering.length
        ? 'good'
        : undefined;
    const notes = [...new Set(covering.filter((r) => r.tone === tone).map((r) => r.note))];
    const prev = runs[runs.length - 1];
    // Neighbouring runs with the same marking read as one highlight.
    if (prev && prev.mark?.tone === tone && sameNotes(prev.mark?.notes, tone ? notes : undefined)) {
      prev.text += text;
    } else {
      runs.push(tone ? { text, mark: { tone, notes } } : { text });
    }
  }
  return runs.flatMap(unpad);
}

/** A mark never starts or ends in spaces: they go back to the plain text around it. */
function unpad(run: Run): Run[] {
  if (!run.mark) return [run];
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
  const [, lead = '', body = '', tail = ''] = m;
  if (!body) return [{ text: run.text }];
  return [
    ...(lead ? [{ text: lead }] : []),
    { text: body, mark: run.mark },
    ...(tail ? [{ text: tail }] : []),
  ];
}

function sameNotes(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether a helpful match is only filler: every word a stop word or a letter ("it's", "just"). */
function filler(text: string): boolean {
  const words = text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.every((w) => w.length < 2 || ENGLISH_STOPWORDS.has(w));
}

/**
 * Highlight ranges for the draft: harmful and helpful evidence, named by signal. A helpful match
 * on filler says nothing about the recipient and is not marked.
 */
export function marksOf(draft: string, signals: readonly SignalLike[], t: Words): MarkRange[] {
  return signals.flatMap((s) => {
    if (s.severity === 'info') return [];
    const tone = s.severity === 'good' ? ('good' as const) : ('bad' as const);
    const note = signalName(s.id, t);
    return spansOf(draft, s.evidence)
      .filter((r) => tone === 'bad' || !filler(draft.slice(r.start, r.end)))
      .map((r) => ({ start: r.start, end: r.end, tone, note }));
  });
}
