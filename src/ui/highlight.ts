/**
 * Splits a draft into plain and marked runs from evidence ranges. Pure: the overlay and the
 * popup both render its output, and ranges that overlap, run past the end or are empty are
 * handled here once. Where a harmful and a helpful range overlap, the harmful one wins, since
 * that is the part the user should look at.
 */

export type Tone = 'bad' | 'good';

export interface MarkRange {
  start: number;
  end: number;
  tone: Tone;
  /** Why it is marked, e.g. the signal's message (shown as a tooltip and to screen readers). */
  note: string;
}

export interface Run {
  text: string;
  mark?: { tone: Tone; notes: string[] };
}

export function highlightRuns(draft: string, ranges: readonly MarkRange[]): Run[] {
  const n = draft.length;
  const valid = ranges
    .map((r) => ({
      ...r,
      start: Math.max(0, Math.floor(r.start)),
      end: Math.min(n, Math.floor(r.end)),
    }))
    .filter((r) => r.end > r.start);
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
    const tone: Tone | undefined = covering.some((r) => r.tone === 'bad')
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
  return runs;
}

function sameNotes(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
