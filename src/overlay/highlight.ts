/**
 * Splits the draft into text runs at the engine's evidence ranges, so the panel can wrap the
 * flagged runs in `<mark>`. Offsets are UTF-16 code units (what `String#slice` uses and what the
 * engine reports); a range that would cut a surrogate pair is widened so emoji stay whole.
 */
import type { VerdictMessage } from '../shared/messages';

export type MarkKind = 'hurt' | 'help';

export interface Range {
  start: number;
  end: number;
  kind: MarkKind;
  note: string;
}

export interface Segment {
  start: number;
  text: string;
  /** Null for plain text; otherwise the strongest kind covering it and the signal messages. */
  mark: { kind: MarkKind; notes: string[] } | null;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Moves `i` off the middle of a surrogate pair: left for a start, right for an end. */
function snap(text: string, i: number, dir: -1 | 1): number {
  if (i <= 0 || i >= text.length) return i;
  if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) return dir < 0 ? i - 1 : i + 1;
  return i;
}

/** Evidence ranges of a verdict; a range whose offsets disagree with its text is re-found. */
export function rangesOf(v: VerdictMessage, draft: string): Range[] {
  const out: Range[] = [];
  for (const s of v.signals) {
    const kind: MarkKind | null =
      s.severity === 'good' ? 'help' : s.severity === 'info' ? null : 'hurt';
    if (!kind) continue;
    for (const ev of s.evidence) {
      let { start, end } = ev;
      if (ev.text && draft.slice(start, end) !== ev.text) {
        const at = draft.indexOf(ev.text);
        if (at >= 0) {
          start = at;
          end = at + ev.text.length;
        }
      }
      out.push({ start, end, kind, note: s.message });
    }
  }
  return out;
}

export function segmentDraft(text: string, ranges: Range[]): Segment[] {
  const len = text.length;
  const clean = ranges
    .map((r) => {
      const a = Math.max(0, Math.min(len, Math.floor(Number(r.start) || 0)));
      const b = Math.max(0, Math.min(len, Math.floor(Number(r.end) || 0)));
      return { ...r, start: snap(text, Math.min(a, b), -1), end: snap(text, Math.max(a, b), 1) };
    })
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, len]);
  for (const r of clean) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const cover = clean.filter((r) => r.start <= a && r.end >= b);
    const mark = cover.length
      ? {
          kind: (cover.some((r) => r.kind === 'hurt') ? 'hurt' : 'help') as MarkKind,
          notes: [...new Set(cover.map((r) => r.note))],
        }
      : null;
    const prev = out.at(-1);
    // Merge neighbours with the same cover so a phrase is one <mark>, not several.
    if (prev && sameMark(prev.mark, mark)) prev.text += text.slice(a, b);
    else out.push({ start: a, text: text.slice(a, b), mark });
  }
  return out;
}

function sameMark(a: Segment['mark'], b: Segment['mark']): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.notes.join('\n') === b.notes.join('\n');
}
