/**
 * Evidence ranges as a reader should see them. The engine reports UTF-16 ranges of whatever its
 * detectors matched; shown raw they cut words ("reach" from "reached"), split one link into
 * chips ("https://", "eth", "claim") and repeat themselves ("ETH", "eth"). Here each range is
 * widened to whole graphemes, words and links, touching ranges are merged, and quotes are
 * de-duplicated without regard to case. Pure: the highlighter, the signal list, the reasons in
 * the card and the warning, and the CLI all read their quotes from here.
 */

export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const JOINER = /['’-]/;
const SPACE = /\s/;
/** A whitespace-free token that is a link: a scheme, www., or a dotted host with a known shape. */
const LINK =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:[/:?#]|$)/iu;
const EDGE_PUNCT = /^[("'“‘«<[]+|[)"'”’»>\].,;:!?]+$/gu;

function isWordChar(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (WORD.test(c)) return true;
  // "it's", "cold-brew": an apostrophe or hyphen between letters belongs to the word.
  return JOINER.test(c) && WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '');
}

let graphemes: Intl.Segmenter | null | undefined;
function segmenter(): Intl.Segmenter | null {
  if (graphemes === undefined) {
    graphemes =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  }
  return graphemes;
}

/** Moves `i` off the inside of a grapheme (emoji with skin tones, flags, ZWJ families). */
function snapGrapheme(text: string, i: number, dir: -1 | 1): number {
  if (i <= 0 || i >= text.length) return i;
  const seg = segmenter();
  if (!seg) {
    // No Segmenter: at least never split a surrogate pair.
    const low = text.charCodeAt(i);
    const high = text.charCodeAt(i - 1);
    const split = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    return split ? i + (dir < 0 ? -1 : 1) : i;
  }
  // Graphemes are local: a window around `i` is enough and keeps long drafts cheap.
  const from = Math.max(0, i - 64);
  let before = from;
  for (const { index, segment } of seg.segment(text.slice(from, Math.min(text.length, i + 64)))) {
    const start = from + index;
    const end = start + segment.length;
    if (start === i || end === i) return i;
    if (start < i && end > i) return dir < 0 ? start : end;
    before = end;
  }
  return before;
}

/** The whitespace-delimited token around `[start, end)`, for spotting links. */
function tokenAround(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a > 0 && !SPACE.test(text[a - 1]!)) a--;
  while (b < text.length && !SPACE.test(text[b]!)) b++;
  return { start: a, end: b };
}

/** Trims quotes and sentence punctuation around a link token ("(https://a.io)." → the URL). */
function trimToken(text: string, t: Span): Span {
  const raw = text.slice(t.start, t.end);
  const lead = raw.length - raw.replace(/^[("'“‘«<[]+/u, '').length;
  const tail = raw.length - raw.replace(/[)"'”’»>\].,;:!?]+$/u, '').length;
  return { start: t.start + lead, end: Math.max(t.start + lead, t.end - tail) };
}

/**
 * Widens one range so it never cuts a grapheme, a word or a link. Out-of-range or reversed
 * offsets are clamped first; an empty result means "nothing to show".
 */
export function wholeSpan(text: string, start: number, end: number): Span {
  const n = text.length;
  let a = Math.max(0, Math.min(n, Math.floor(Number(start) || 0)));
  let b = Math.max(0, Math.min(n, Math.floor(Number(end) || 0)));
  if (a > b) [a, b] = [b, a];
  if (a === b) return { start: a, end: a };
  const token = trimToken(text, tokenAround(text, a, b));
  if (token.end > token.start && LINK.test(text.slice(token.start, token.end))) {
    a = Math.min(a, token.start);
    b = Math.max(b, token.end);
  }
  while (a > 0 && isWordChar(text, a) && isWordChar(text, a - 1)) a--;
  while (b < n && isWordChar(text, b - 1) && isWordChar(text, b)) b++;
  return { start: snapGrapheme(text, a, -1), end: snapGrapheme(text, b, 1) };
}

/** True when only spaces or tabs (no line break, no words) separate two ranges. */
function touching(text: string, end: number, start: number): boolean {
  return start <= end || /^[ \t\u00a0]+$/.test(text.slice(end, start));
}

/** Whole spans, sorted, with overlapping and touching ones merged into one. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const whole = spans
    .map((s) => wholeSpan(text, s.start, s.end))
    .filter((s) => s.end > s.start)
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Span[] = [];
  for (const s of whole) {
    const last = out.at(-1);
    if (last && touching(text, last.end, s.start)) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** What a quote of the draft looks like once tidied: no surrounding punctuation or spaces. */
export function quoteText(text: string, s: Span): string {
  return text.slice(s.start, s.end).trim();
}

/**
 * A quote short enough to read in a line: cut at a word boundary with "…" (a whole templated
 * draft is evidence too, but nobody needs it quoted back in full).
 */
export function clipQuote(q: string, max = 48): string {
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Whether `part` stands as whole words inside `whole` ("eth" in "eth airdrop", not in "ethos"). */
function within(whole: string, part: string): boolean {
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
    const before = whole[at - 1];
    const after = whole[at + part.length];
    if ((!before || !WORD.test(before)) && (!after || !WORD.test(after))) return true;
  }
  return false;
}

/**
 * The draft's evidence as short quotes: whole words and links, merged, in the order they appear,
 * each said once ignoring case: "ETH" then "eth" is one quote, and so is a word already inside
 * an earlier quote.
 */
export function evidenceQuotes(text: string, spans: readonly Span[]): string[] {
  const seen: string[] = [];
  const out: string[] = [];
  for (const s of mergeSpans(text, spans)) {
    const q = quoteText(text, s);
    const key = q.toLocaleLowerCase().replace(EDGE_PUNCT, '');
    if (!q || seen.some((k) => within(k, key))) continue;
    seen.push(key);
    out.push(q);
  }
  return out;
}
