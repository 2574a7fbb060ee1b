/**
 * Content terms of a text: the words that can carry a topic, with their stems, positions and
 * weights. Shared by the draft side and the recipient-profile side so both are read alike.
 */
import { FUNCTION_WORDS } from '../text/function-words';
import { stem, type Token, tokenize } from '../text/tokenize';
import type { WordVectors } from './word-vectors';

/** Bits of links and markup that tokenise as words but say nothing about a topic. */
const NOISE = new Set([
  'http',
  'https',
  'www',
  'com',
  'co',
  'org',
  'net',
  'io',
  'amp',
  'rt',
  'via',
  'dm',
  'dms',
  'lol',
  'gonna',
  'wanna',
  'got',
  'get',
  'gets',
  'getting',
  'make',
  'made',
  'know',
  'think',
  'want',
  'see',
  'say',
  'said',
  'day',
  'today',
  'time',
  'good',
  'great',
  'new',
  'much',
  'many',
  'lot',
  'way',
  'thing',
  'things',
  'really',
  'still',
  'even',
  'well',
  'going',
  'come',
  'back',
  'go',
  'people',
  'love',
  'need',
  'let',
  'take',
  'look',
  'one',
  'two',
  'us',
  // Time, size and praise words: frequent in every kind of post, they pull unrelated texts together.
  'week',
  'weeks',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'tonight',
  'morning',
  'night',
  'tomorrow',
  'yesterday',
  'now',
  'soon',
  'ever',
  'best',
  'better',
  'long',
  'fast',
  'quick',
  'big',
  'little',
  'first',
  'last',
  'next',
  'every',
  'always',
  'never',
  'free',
  'amazing',
  'awesome',
  'nice',
  'cool',
  'sure',
  'right',
  'hope',
  'feel',
  'work',
  'start',
  'starts',
  'keep',
  'help',
  'try',
  'question',
  'someone',
  'anyone',
  'everyone',
  'something',
  'anything',
  'everything',
  // Words about X itself and generic support verbs: every DM and every thread has them.
  'post',
  'posts',
  'posted',
  'thread',
  'threads',
  'tweet',
  'tweets',
  'profile',
  'content',
  'page',
  'saw',
  'check',
  'checked',
  'checking',
  'use',
  'used',
  'using',
  'finally',
  'talking',
  'tips',
]);
// Labels are bounded (63 characters, as in DNS): `[\w-]+\.` would rescan a 60,000-character
// "a-a-a…" from every position looking for a dot that never comes.
const URL_RE =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]{1,63}\.(?:com|co|io|org|net|ly|me|xyz|app|dev)(?:\/\S*)?/giu;

export interface Term {
  /** Porter stem (or the word itself outside ASCII). */
  stem: string;
  norm: string;
  start: number;
  end: number;
  /** IDF-like weight from the vocabulary's frequency rank (1 without vectors). */
  idf: number;
  /** Embedding row, or -1. */
  row: number;
  /** A piece of an unknown hyphenated compound ("brew" of "cold-brew"): matches, never an interest. */
  part?: true;
}

export function idfOfRank(rank: number): number {
  return Math.log(2 + rank / 200);
}

export function isContentWord(norm: string): boolean {
  return norm.length >= 2 && /\p{L}/u.test(norm) && !FUNCTION_WORDS.has(norm) && !NOISE.has(norm);
}

/**
 * Words the English vocabulary does not know are mostly other languages' words, which the Porter
 * stemmer would mangle: "embalagens" and "embalagem", "promoción" and "promociones" should meet.
 * Their first six letters, accents removed, stand in for a stem (a crude light stemmer for the
 * Romance and Germanic languages of the data).
 */
function looseStem(norm: string, porter: string): string {
  if (norm.length <= 6 || !/^[\p{Script=Latin}'-]+$/u.test(norm)) return porter;
  return norm.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 6);
}

/** Han and kana: written without spaces, so a "word" token is a whole phrase or sentence. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu;

/** Character ranges of links, so their pieces are not read as topic words. */
function linkRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(URL_RE)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Content terms of `text`, reading at most `maxTokens` word tokens. Pass the draft's own tokens
 * to keep offsets into the draft.
 */
export function termsOf(
  text: string,
  vectors: WordVectors | undefined,
  maxTokens: number,
  tokens?: readonly Token[],
): Term[] {
  const toks = tokens ?? tokenize(text);
  const n = Math.min(toks.length, maxTokens);
  // Only the part of the text that will be read is searched for links (a 100k paste stays cheap).
  const links = linkRanges(n < toks.length ? text.slice(0, toks[n]!.start) : text);
  const out: Term[] = [];
  const facts = factsFor(vectors);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const w = wordFacts(facts, t, vectors);
    if (w === CJK_WORD) {
      pushCjk(out, t);
      continue;
    }
    if (w === NOT_CONTENT) continue;
    if (links.some(([s, e]) => t.start >= s && t.start < e)) continue;
    // "@handle" and "#tag" pieces stay: a tag is often the clearest topic word there is.
    const { row, idf, stem: s } = w;
    out.push({ stem: s, norm: t.norm, start: t.start, end: t.end, idf, row });
    // "cold-brew" should meet "cold brew": an unknown compound also counts as its parts.
    if (row < 0 && t.norm.includes('-')) pushParts(out, t, vectors);
  }
  return out;
}

/** What termsOf reads of a content word; the same for every occurrence of the word. */
interface WordFacts {
  row: number;
  idf: number;
  stem: string;
}
const CJK_WORD = 'cjk';
const NOT_CONTENT = 'skip';
type Facts = WordFacts | typeof CJK_WORD | typeof NOT_CONTENT;

/**
 * Per vocabulary, what each word (by its normalised form) is to termsOf: read once per word
 * instead of at every occurrence (regexes, the vocabulary's hash lookup, the loose stem); the
 * draft's words recur on every keystroke and the profile's across posts. Pure in the word and
 * the vocabulary, and bounded like the stem cache (tokenize.ts).
 */
const factsByVectors = new WeakMap<WordVectors, Map<string, Facts>>();
const factsWithoutVectors = new Map<string, Facts>();
const FACTS_LIMIT = 50_000;

function factsFor(vectors: WordVectors | undefined): Map<string, Facts> {
  if (!vectors) return factsWithoutVectors;
  let m = factsByVectors.get(vectors);
  if (!m) {
    m = new Map();
    factsByVectors.set(vectors, m);
  }
  return m;
}

/** The facts of token `t` (its norm and its stem, which tokenize derives from the norm). */
function wordFacts(facts: Map<string, Facts>, t: Token, vectors: WordVectors | undefined): Facts {
  const hit = facts.get(t.norm);
  if (hit !== undefined) return hit;
  let f: Facts;
  if (CJK.test(t.norm)) f = CJK_WORD;
  else if (!isContentWord(t.norm)) f = NOT_CONTENT;
  else {
    const row = vectors ? vectors.lookup(t.norm) : -1;
    const idf = vectors ? idfOfRank(row < 0 ? vectors.size : row) : 1;
    const stem = vectors && row < 0 ? looseStem(t.norm, t.stem) : t.stem;
    f = { row, idf, stem };
  }
  if (facts.size >= FACTS_LIMIT) facts.clear();
  facts.set(t.norm, f);
  return f;
}

/**
 * Japanese and Chinese have no spaces: runs of kanji or katakana (the content-bearing scripts;
 * hiragana is mostly grammar) stand in for words, and each of their two-character pieces is a term
 * too, so "味噌汁" in a draft meets "味噌" in a post. Without vectors for these scripts, every
 * piece weighs the same.
 */
function pushCjk(out: Term[], t: Token): void {
  for (const m of t.raw.matchAll(CJK_RUN)) {
    const start = t.start + m.index;
    const run = m[0];
    const add = (norm: string, s: number, part?: true) => {
      const term: Term = { stem: norm, norm, start: s, end: s + norm.length, idf: 3, row: -1 };
      if (part) term.part = true;
      out.push(term);
    };
    if (run.length <= 6) add(run, start);
    for (let i = 0; i + 2 <= run.length && i < 40; i++) add(run.slice(i, i + 2), start + i, true);
  }
}

function pushParts(out: Term[], t: Token, vectors: WordVectors | undefined): void {
  let offset = 0;
  for (const part of t.norm.split('-')) {
    const start = t.start + offset;
    offset += part.length + 1;
    if (!isContentWord(part)) continue;
    const row = vectors ? vectors.lookup(part) : -1;
    const idf = vectors ? idfOfRank(row < 0 ? vectors.size : row) : 1;
    out.push({
      stem: stem(part),
      norm: part,
      start,
      end: start + part.length,
      idf,
      row,
      part: true,
    });
  }
}

/** L2-normalised TF-IDF over stems. */
export function bagOf(terms: readonly Term[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of terms) bag.set(t.stem, Math.max(bag.get(t.stem) ?? 0, 0) + t.idf);
  let n = 0;
  for (const v of bag.values()) n += v * v;
  n = Math.sqrt(n);
  if (n > 0) for (const [k, v] of bag) bag.set(k, v / n);
  return bag;
}

export function cosineBags(a: Map<string, number>, b: Map<string, number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  // forEach, not for…of: no [key, value] pair made per entry (the same entries, in order).
  small.forEach((v, k) => {
    const w = big.get(k);
    if (w !== undefined) s += v * w;
  });
  return s;
}

/** Sentence vector of the terms (SIF-weighted, mean-centred), or null with no known words. */
export function vectorOf(
  terms: readonly Term[],
  vectors: WordVectors | undefined,
): Float32Array | null {
  if (!vectors) return null;
  return vectors.embedRows(rowsOf(terms));
}

/** Embedding rows of the known terms, in order (what `vectorOf` embeds). */
export function rowsOf(terms: readonly Term[]): number[] {
  const rows: number[] = [];
  for (const t of terms) if (t.row >= 0) rows.push(t.row);
  return rows;
}
