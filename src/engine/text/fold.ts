/**
 * Folding: one lowercase, plain-Latin view of the draft for matching word lists, with an offset
 * map back to the draft so anything found in the folded text is reported as a draft range.
 *
 * Steps, per code point: invisible characters (zero-width, bidi controls, variation selectors)
 * are dropped; NFKC maps full-width, circled and mathematical letters (`ｆｒｅｅ`, `ⓕⓡⓔⓔ`,
 * `𝐟𝐫𝐞𝐞`) to ASCII; the `confusables` table maps Cyrillic and Greek lookalikes (`аirdrop` with a
 * Cyrillic `а`) and accented letters to ASCII; combining accents after a Latin letter are dropped;
 * everything is lowercased. With `{ leet: true }`, leetspeak digits and symbols inside words
 * made of letters (`fr33`, `c4sh`, `m0ney`) become letters too; that replacement is one unit for
 * one unit, so the map is unchanged.
 *
 * Only `confusablesMap` is used, in our own loop: the package's `remove()` memoises every input
 * in an unbounded Map, which would grow on every keystroke.
 */
import { confusablesMap } from 'confusables';
import type { Analysis } from '../analysis';

export interface Folded {
  /** The folded text: lowercase, NFKC, lookalikes mapped to ASCII, invisibles removed. */
  text: string;
  /** For each UTF-16 unit of `text`, the draft offset where its source character starts. */
  map: Int32Array;
  /** For each UTF-16 unit of `text`, the draft offset where its source character ends. */
  ends: Int32Array;
}

export interface FoldOptions {
  /** Replace leetspeak digits and symbols inside letter words (`fr33` → `free`). */
  leet?: boolean;
}

/**
 * Characters with no visible glyph that are used to split words so filters miss them:
 * soft hyphen, combining grapheme joiner, Mongolian vowel separator, zero-width space/non-joiner/
 * joiner, LRM/RLM, bidi embeddings and isolates, word joiner and invisible operators, BOM, and
 * variation selectors.
 */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180e) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Leetspeak table, applied only inside words that also contain letters. */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  $: 's',
  '@': 'a',
  '|': 'l',
};

// Per-code-point fold results; bounded because a hostile paste could hold many distinct ones.
const cache = new Map<number, string>();
const CACHE_LIMIT = 20_000;
const COMBINING = /^\p{M}$/u;
/** Cache value for a combining mark, whose fold depends on the previous character. */
const MARK = '\u0000mark';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\uFF07]/;

function foldCodePoint(cp: number, ch: string): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out = '';
  if (COMBINING.test(ch)) out = MARK;
  else if (isInvisible(cp)) out = '';
  else if (APOSTROPHES.test(ch)) out = "'";
  else {
    const n = ch.normalize('NFKC');
    for (const c of n) {
      const code = c.codePointAt(0)!;
      // Only letters and digits are mapped: the table would turn `£` and `€` into `e`.
      const mapped = code < 0x80 || !LETTER_OR_DIGIT.test(c) ? c : (confusablesMap.get(c) ?? c);
      out += mapped.toLowerCase();
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cp, out);
  return out;
}

/** Fold `s`; see the module comment. Linear in the length of `s`. */
export function foldText(s: string, opts: FoldOptions = {}): Folded {
  const n = s.length;
  // Folding rarely grows text; NFKC expansions (`ﬃ`, `⑩`, `㎏`) are handled by growing.
  let map = new Int32Array(n + 8);
  let ends = new Int32Array(n + 8);
  let buf = new Uint16Array(n + 8);
  let len = 0;
  let prevLatin = false;
  const push = (unit: number, start: number, end: number) => {
    if (len >= map.length) {
      const b2 = new Uint16Array(buf.length * 2);
      b2.set(buf);
      buf = b2;
      const m2 = new Int32Array(map.length * 2);
      m2.set(map);
      map = m2;
      const e2 = new Int32Array(ends.length * 2);
      e2.set(ends);
      ends = e2;
    }
    map[len] = start;
    ends[len] = end;
    buf[len] = unit;
    len++;
  };
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      // ASCII fast path.
      push(c >= 65 && c <= 90 ? c + 32 : c, i, i + 1);
      prevLatin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      i++;
      continue;
    }
    let size = 1;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    if (size === 1 && c >= 0xd800 && c <= 0xdfff) {
      // A lone surrogate: keep it as is, it is nobody's word.
      push(c, i, i + 1);
      prevLatin = false;
      i++;
      continue;
    }
    let out = cache.get(cp);
    if (out === undefined) out = foldCodePoint(cp, size === 2 ? s.slice(i, i + 2) : s[i]!);
    if (out === MARK) {
      // An accent on a Latin letter (`e` + U+0301 folds to `e`); elsewhere marks are kept.
      if (!prevLatin) {
        push(c, i, i + size);
        if (size === 2) push(s.charCodeAt(i + 1), i, i + size);
      }
      i += size;
      continue;
    }
    for (let k = 0; k < out.length; k++) push(out.charCodeAt(k), i, i + size);
    if (out.length > 0) {
      const last = out.charCodeAt(out.length - 1);
      prevLatin = last >= 97 && last <= 122;
    }
    i += size;
  }
  let text = '';
  for (let k = 0; k < len; k += 8192) {
    text += String.fromCharCode.apply(
      null,
      buf.subarray(k, Math.min(len, k + 8192)) as unknown as number[],
    );
  }
  if (opts.leet) text = unleet(text);
  return { text, map: map.subarray(0, len), ends: ends.subarray(0, len) };
}

const LEET_WORD = /[a-z0-9$@|]*[a-z][a-z0-9$@|]*/g;
const LEET_CHAR = /[013457$@|]/;

/**
 * Replace leet characters inside words that mix letters with them. Codes and units keep their
 * digits (`3pm`, `b2b`, `covid19`, `15th`): only words with at least two letters, where every
 * digit is a leet digit and the word does not start with a number, are rewritten. Rewriting is
 * for matching only; the obfuscation signal needs the rewritten word to be a known spam word.
 */
export function unleet(text: string): string {
  return text.replace(LEET_WORD, (w) => (LEET_CHAR.test(w) ? (leetWord(w) ?? w) : w));
}

/** The de-leeted form of one word, or null when the word does not look like leetspeak. */
export function leetWord(w: string): string | null {
  let letters = 0;
  let leet = 0;
  for (let k = 0; k < w.length; k++) {
    const ch = w[k]!;
    if (ch >= 'a' && ch <= 'z') letters++;
    else if (ch in LEET) leet++;
    else return null; // a digit with no letter meaning (2, 6, 8, 9): a code, not leetspeak
  }
  if (letters < 2 || leet === 0) return null;
  // A number before letters is a unit or an ordinal (3pm, 5k, 10x, 1st), not leetspeak.
  if (/^[0-9]+[a-z]+$/.test(w)) return null;
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const ch = w[k]!;
    out += LEET[ch] ?? ch;
  }
  return out;
}

/** Map a range of folded text back to the draft range it came from. */
export function toDraftRange(
  f: Folded,
  start: number,
  end: number,
): { start: number; end: number } {
  if (f.map.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, f.map.length - 1));
  const e = Math.max(s, Math.min(end, f.map.length) - 1);
  return { start: f.map[s]!, end: Math.max(f.map[s]!, f.ends[e]!) };
}

/** The draft folded without leetspeak replacement, computed once per analysis. */
export function foldedOf(a: Analysis): Folded {
  return a.memo('text/fold', () => foldText(a.draft));
}

/** The draft folded with leetspeak replacement, computed once per analysis. */
export function foldedLeetOf(a: Analysis): Folded {
  return a.memo('text/fold-leet', () => {
    const f = foldedOf(a);
    return { text: unleet(f.text), map: f.map, ends: f.ends };
  });
}
