/**
 * The learned text layer's features, the same in training (scripts/fit-text-model.ts) and in the
 * engine: hashed word unigrams and bigrams and character 3- and 4-grams of the folded text, each
 * with the draft range it came from so the strongest ones can be shown as evidence.
 *
 * The folded text (text/fold.ts: NFKC, look-alike letters and leetspeak undone, invisibles
 * dropped, lowercase) makes `ꜰʀᴇᴇ`, `fr33` and `f​ree` the same features as `free`. Links become
 * one token naming their ending (`xurl:xyz`), numbers keep only their shape (`0000`), so the model
 * learns "a .xyz link" and "a 5-digit short code", not particular sites or numbers. Japanese and
 * Chinese, written without spaces, get character bigrams instead of words.
 */
import { type Folded, foldText, unleet } from '../text/fold';
import { findLinks, type Link } from '../text/links';

/** Hash buckets (a power of two): the model stores one weight per bucket. */
export const BUCKETS = 1 << 17;

export interface Feature {
  bucket: number;
  /** Draft range of the text the feature came from. */
  start: number;
  end: number;
  /** Feature kind: `w` word, `b` word pair, `c` character n-gram. */
  kind: 'w' | 'b' | 'c';
}

/** FNV-1a over UTF-16 units, finished with murmur's avalanche, reduced to a bucket. */
export function bucketOf(s: string): number {
  return finish(fnv(FNV_SEED, s, 0, s.length));
}

// The features' keys (`w form`, `b form next`, `c <gram`) are hashed in pieces below, as FNV-1a
// over their units in order, so no key string is built: the same buckets as `bucketOf(key)`.
const FNV_SEED = 0x811c9dc5;
const SPACE = 0x20;

/** FNV-1a state `h` continued over `s[from..to)`. */
function fnv(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a state `h` continued over one unit. */
function fnv1(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & (BUCKETS - 1);
}

/** The state after `<kind> ` (the key's kind letter and its space). */
const KIND_W = fnv1(fnv1(FNV_SEED, 0x77), SPACE);
const KIND_B = fnv1(fnv1(FNV_SEED, 0x62), SPACE);
const KIND_C = fnv1(fnv1(FNV_SEED, 0x63), SPACE);
const LT = 0x3c;
const GT = 0x3e;

/** `bucketOf('c ' + padded.slice(k, k + n))` where padded is `<form>`. */
function gramBucket(form: string, k: number, n: number): number {
  let h = KIND_C;
  const last = form.length + 1;
  for (let p = k; p < k + n; p++) {
    h = fnv1(h, p === 0 ? LT : p === last ? GT : form.charCodeAt(p - 1));
  }
  return finish(h);
}

const WORD = /[\p{L}\p{N}$€£¥₹%@#']+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Words read per text: a DM is short; a pasted essay is judged on its opening. */
export const MAX_WORDS = 400;

interface Token {
  form: string;
  start: number;
  end: number;
}

/**
 * What the engine has already computed for the text (its analysis memoises both), so reading it
 * here does not find its links and fold it a second time. Training passes nothing.
 */
export interface Precomputed {
  /** `findLinks(text)`. */
  links: readonly Link[];
  /** The text folded and leetspeak undone (`foldedLeetOf`): what is read when it has no links. */
  folded: () => Folded;
}

/** Folded tokens with draft ranges; links collapse to one token naming their ending. */
function tokensOf(text: string, pre?: Precomputed): Token[] {
  const links =
    pre && text.length <= 20_000
      ? pre.links
      : findLinks(text.length > 20_000 ? text.slice(0, 20_000) : text);
  let plain = '';
  let last = 0;
  const linkTokens: Token[] = [];
  for (const l of links) {
    plain += `${text.slice(last, l.start)}${' '.repeat(l.end - l.start)}`;
    const tld = l.domain.split('.').pop() ?? '';
    linkTokens.push({
      form: l.kind === 'email' ? 'xemail' : `xurl:${tld}`,
      start: l.start,
      end: l.end,
    });
    last = l.end;
  }
  plain += text.slice(last);
  const f: Folded = pre && links.length === 0 ? pre.folded() : leet(foldText(plain));
  const folded = f.text;
  const out: Token[] = [...linkTokens];
  for (const m of folded.matchAll(WORD)) {
    const raw = m[0];
    const start = f.map[m.index]!;
    const end = f.ends[m.index + raw.length - 1]!;
    if (CJK.test(raw)) {
      for (let i = 0; i + 2 <= raw.length && i < 200; i++) {
        out.push({
          form: raw.slice(i, i + 2),
          start: f.map[m.index + i]!,
          end: f.ends[m.index + i + 1]!,
        });
      }
      continue;
    }
    out.push({ form: raw.replace(/\d/g, '0'), start, end });
    if (out.length >= MAX_WORDS) break;
  }
  return out.sort((x, y) => x.start - y.start);
}

function leet(f: Folded): Folded {
  return { text: unleet(f.text), map: f.map, ends: f.ends };
}

/** Every feature of `text`, in order, with duplicates (the model counts presence). */
export function textFeatures(text: string, pre?: Precomputed): Feature[] {
  const out: Feature[] = [];
  forEachFeature(text, pre, (bucket, start, end, kind) => {
    out.push({ bucket, start, end, kind });
  });
  return out;
}

/**
 * Calls `visit` with every feature of `text`, in the order `textFeatures` lists them, without
 * making an object of each (the engine keeps only the first of each bucket, and shows 12).
 */
export function forEachFeature(
  text: string,
  pre: Precomputed | undefined,
  visit: (bucket: number, start: number, end: number, kind: Feature['kind']) => void,
): void {
  const tokens = tokensOf(text, pre);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const form = t.form;
    visit(finish(fnv(KIND_W, form, 0, form.length)), t.start, t.end, 'w');
    const next = tokens[i + 1];
    if (next) {
      const b = fnv(fnv1(fnv(KIND_B, form, 0, form.length), SPACE), next.form, 0, next.form.length);
      visit(finish(b), t.start, next.end, 'b');
    }
    if (form.length >= 4 && !form.startsWith('xurl:')) {
      const padded = form.length + 2;
      for (const n of [3, 4]) {
        for (let k = 0; k + n <= padded && k < 24; k++) {
          visit(gramBucket(form, k, n), t.start, t.end, 'c');
        }
      }
    }
  }
}

/** The distinct buckets of `text`, for training: the model reads presence, not counts. */
export function bucketsOf(text: string): Uint32Array {
  return Uint32Array.from(new Set(textFeatures(text).map((f) => f.bucket)));
}
