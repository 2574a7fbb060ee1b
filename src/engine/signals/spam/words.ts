/**
 * Words of the folded draft and a phrase matcher over them. Word lists are matched on token
 * n-grams through a first-word index (no per-phrase regex scan), on the folded text, so `fr33`,
 * `ⓕⓡⓔⓔ`, `f r e e` and a Cyrillic `а` all match `free`; hits are mapped back to draft ranges.
 *
 * Phrase syntax, one phrase per string, words separated by spaces:
 * - `a b|c d`: alternatives (whole phrases) separated by `|`;
 * - `word`: the word (after folding);
 * - `pre*`: any word starting with `pre`; `#`: a number (`3`, `1,000`, `$50`, `10k`);
 * - `_`: any one word;
 * - a trailing `=N` sets the phrase's weight in points (else the list's default).
 */
import type { Analysis } from '../../analysis';
import { type Folded, foldedOf, foldText, leetWord, toDraftRange } from '../../text/fold';
import { GREETING_LISTS, PUSHY_LISTS } from './lexicon';

export interface Word {
  /** Folded forms to match: the word, without edge symbols, and leetspeak readings. */
  forms: string[];
  /** Folded-text range. */
  start: number;
  end: number;
  /** Set when the word was rebuilt from spaced-out letters (`f r e e`). */
  spaced?: boolean;
  /** How many of `forms` (from the front) are the word as written, not a leetspeak reading. */
  plain: number;
  /** The leetspeak reading, when the word has one. */
  leet?: string;
}

const WORD = /[\p{L}\p{N}$@|]+(?:'[\p{L}\p{N}]+)*/gu;
const NUMBER = /^[$]?\d[\d,.]*(?:k|m|x|p)?$/;

/** Folded words, computed once per analysis. */
export function wordsOf(a: Analysis): Word[] {
  return a.memo('spam/words', () => splitWords(foldedOf(a), spacedVocabOf(a)));
}

/**
 * Words a spaced-out run may spell: spam words of the built-in lists, plus the user's own
 * trigger phrases for this call only (so one user's settings never change another's verdict).
 */
function spacedVocabOf(a: Analysis): ReadonlySet<string> {
  const phrases = a.settings.triggerPhrases;
  if (phrases.length === 0) return SPACED_VOCAB;
  const vocab = new Set(SPACED_VOCAB);
  for (const p of phrases) {
    for (const w of foldText(p).text.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4) vocab.add(w);
  }
  return vocab;
}

/** `vocab` decides which spaced-out runs of single letters merge into one word. */
export function splitWords(f: Folded, vocab: ReadonlySet<string> = NO_VOCAB): Word[] {
  const text = f.text;
  const raw: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const forms = [w];
    const bare = w.replace(/^[$@|]+|[$@|]+$/g, '');
    if (bare && bare !== w) forms.push(bare);
    const plain = forms.length;
    let leet: string | undefined;
    if (/[013457$@|]/.test(bare) && /[a-z]/.test(bare)) {
      const l = leetWord(bare);
      if (l && l !== bare) {
        forms.push(l);
        leet = l;
        if (bare.includes('1') || bare.includes('!'))
          forms.push(leetWord(bare.replace(/1/g, 'l')) ?? l);
      }
    }
    const word: Word = { forms, plain, start: m.index, end: m.index + w.length };
    if (leet) word.leet = leet;
    raw.push(word);
  }
  return mergeSpaced(raw, text, vocab);
}

const NO_VOCAB: ReadonlySet<string> = new Set();

/**
 * Runs of three or more single letters with the same one-character gap (`f r e e`, `f.r.e.e`,
 * `f-r-e-e`) are joined into one word when the letters from some point to the end of the run
 * spell a known spam word. Linear: each run is found once, and only its tails up to the longest
 * vocabulary word are tried (a 60,000-letter "a-a-a…" costs the same per letter as prose).
 */
function mergeSpaced(words: Word[], text: string, vocab: ReadonlySet<string>): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (w.end - w.start !== 1 || !/[a-z]/.test(text[w.start]!)) {
      out.push(w);
      i++;
      continue;
    }
    const j = runEnd(words, text, i);
    const k = j - i >= 2 ? spelledTail(words, text, i, j, vocab) : -1;
    // Letters before the spelled word stay single words, as they would on their own.
    for (let x = i; x < (k < 0 ? j + 1 : k); x++) out.push(words[x]!);
    if (k >= 0) {
      let joined = '';
      for (let x = k; x <= j; x++) joined += text[words[x]!.start];
      out.push({
        forms: [joined, leetWord(joined) ?? joined],
        plain: 2,
        start: words[k]!.start,
        end: words[j]!.end,
        spaced: true,
      });
    }
    i = j + 1;
  }
  return out;
}

/** Last index of the run of single letters starting at `i` with one repeated separator. */
function runEnd(words: readonly Word[], text: string, i: number): number {
  const gap = text[words[i]!.end];
  let j = i;
  while (
    j + 1 < words.length &&
    words[j + 1]!.end - words[j + 1]!.start === 1 &&
    words[j + 1]!.start === words[j]!.end + 1 &&
    text[words[j]!.end] === gap &&
    gap !== '\n' &&
    /[a-z0-9$@]/.test(text[words[j + 1]!.start]!)
  )
    j++;
  return j;
}

/**
 * The earliest start `k` in i..j-2 whose letters k..j spell a vocabulary word (read plain or as
 * leetspeak), or -1. Only tails no longer than the longest vocabulary word can match.
 */
function spelledTail(
  words: readonly Word[],
  text: string,
  i: number,
  j: number,
  vocab: ReadonlySet<string>,
): number {
  const from = Math.max(i, j - MAX_SPACED_WORD + 1);
  let tail = '';
  for (let x = from; x <= j; x++) tail += text[words[x]!.start];
  for (let k = from; k <= j - 2; k++) {
    const joined = tail.slice(k - from);
    if (vocab.has(joined) || vocab.has(leetWord(joined) ?? joined)) return k;
  }
  return -1;
}

/** Words that spammers space out, plus every built-in list's words of 4+ letters. */
const SPACED_VOCAB: ReadonlySet<string> = new Set<string>([
  'free',
  'cash',
  'money',
  'crypto',
  'bitcoin',
  'click',
  'prize',
  'winner',
  'offer',
  'claim',
  'sale',
  'deal',
  'sexy',
  'loan',
  'bonus',
  'viagra',
  'casino',
  'profit',
  ...listWords([...Object.values(PUSHY_LISTS), ...Object.values(GREETING_LISTS)]),
]);

function listWords(lists: readonly { phrases: readonly string[] }[]): string[] {
  const out: string[] = [];
  for (const l of lists) {
    for (const line of l.phrases) {
      for (const w of line.replace(/=\d+$/, '').split(/[|\s]+/)) {
        if (w.length >= 4 && /^[a-z0-9]+$/.test(w)) out.push(w);
      }
    }
  }
  return out;
}

/** Longest word a spaced-out run is tried against. */
const MAX_SPACED_WORD = Math.max(...[...SPACED_VOCAB].map((w) => w.length));

type Element =
  | { kind: 'word'; words: ReadonlySet<string> }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'number' }
  | { kind: 'any' };

export interface Phrase<C extends string = string> {
  category: C;
  text: string;
  weight: number;
  elements: Element[];
}

export interface PhraseHit<C extends string = string> {
  phrase: Phrase<C>;
  /** Draft range. */
  start: number;
  end: number;
  /** Set when a matched word was written in leetspeak or spaced out. */
  disguised: boolean;
}

function compileElement(tok: string): Element {
  if (tok === '#') return { kind: 'number' };
  if (tok === '_') return { kind: 'any' };
  if (tok.endsWith('*') && tok.length > 1) return { kind: 'prefix', prefix: tok.slice(0, -1) };
  return { kind: 'word', words: new Set([tok]) };
}

function elementMatches(e: Element, w: Word): boolean {
  switch (e.kind) {
    case 'any':
      return true;
    case 'number':
      return NUMBER.test(w.forms[0]!) || (w.plain > 1 && NUMBER.test(w.forms[1]!));
    case 'prefix':
      for (let i = 0; i < w.forms.length; i++) if (w.forms[i]!.startsWith(e.prefix)) return true;
      return false;
    case 'word':
      for (let i = 0; i < w.forms.length; i++) if (e.words.has(w.forms[i]!)) return true;
      return false;
  }
}

/** A compiled set of phrase lists, matched in one pass over the words. */
export class PhraseMatcher<C extends string = string> {
  private readonly byFirst = new Map<string, Phrase<C>[]>();
  private readonly wildFirst: Phrase<C>[] = [];

  constructor(lists: Readonly<Record<C, { weight: number; phrases: readonly string[] }>>) {
    for (const category of Object.keys(lists) as C[]) {
      const list = lists[category];
      for (const line of list.phrases) {
        const eq = line.lastIndexOf('=');
        const weight = eq > 0 ? Number(line.slice(eq + 1)) : list.weight;
        for (const alt of (eq > 0 ? line.slice(0, eq) : line).split('|')) {
          const text = alt.trim().toLowerCase();
          if (!text) continue;
          const elements = text.split(/\s+/).map(compileElement);
          const phrase: Phrase<C> = { category, text, weight, elements };
          const first = elements[0]!;
          if (first.kind === 'word') {
            for (const w of first.words) {
              const arr = this.byFirst.get(w);
              if (arr) arr.push(phrase);
              else this.byFirst.set(w, [phrase]);
            }
          } else this.wildFirst.push(phrase);
        }
      }
    }
  }

  /** Longest non-overlapping matches, in draft order. */
  match(words: readonly Word[], f: Folded): PhraseHit<C>[] {
    const hits: PhraseHit<C>[] = [];
    let i = 0;
    while (i < words.length) {
      const best = this.longestAt(words, i);
      if (!best) {
        i++;
        continue;
      }
      const n = best.elements.length;
      const r = toDraftRange(f, words[i]!.start, words[i + n - 1]!.end);
      let disguised = false;
      for (let k = 0; k < n; k++) {
        const w = words[i + k]!;
        if (w.spaced) disguised = true;
        else if (w.plain < w.forms.length) {
          const asWritten: Word = { ...w, forms: w.forms.slice(0, w.plain) };
          if (!elementMatches(best.elements[k]!, asWritten)) disguised = true;
        }
      }
      hits.push({ phrase: best, start: r.start, end: r.end, disguised });
      i += n;
    }
    return hits;
  }

  private longestAt(words: readonly Word[], i: number): Phrase<C> | null {
    let best: Phrase<C> | null = null;
    let bestLen = 0;
    const forms = words[i]!.forms;
    for (let f = 0; f <= forms.length; f++) {
      const arr = f < forms.length ? this.byFirst.get(forms[f]!) : this.wildFirst;
      if (!arr) continue;
      for (let q = 0; q < arr.length; q++) {
        const p = arr[q]!;
        const n = p.elements.length;
        if (n <= bestLen || i + n > words.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = elementMatches(p.elements[k]!, words[i + k]!);
        if (ok && (f < forms.length || elementMatches(p.elements[0]!, words[i]!))) {
          best = p;
          bestLen = n;
        }
      }
    }
    return best;
  }
}
