/**
 * Word tokens with their positions in the draft. Every signal that points at words reports these
 * offsets as evidence, so they are UTF-16 offsets into the exact string the engine was given.
 */
import { stemmer } from 'stemmer';

export interface Token {
  /** The word as written. */
  raw: string;
  /** NFKC-folded lowercase form, used for matching word lists. */
  norm: string;
  /** Porter stem of `norm` (meaningful for English; harmless elsewhere). */
  stem: string;
  start: number;
  end: number;
}

// Letters and digits of any script, with inner apostrophes and hyphens kept ("don't", "e-mail").
// Marks (\p{M}) keep Devanagari, Thai and combining accents inside the word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}_]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function normWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(/’/g, "'");
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Porter stem with a bounded cache: the same few thousand words recur across drafts. */
export function stem(norm: string): string {
  const hit = stemCache.get(norm);
  if (hit !== undefined) return hit;
  // The Porter stemmer is English-only and expects ASCII; other words stem to themselves.
  const out = /^[a-z]+$/.test(norm) && norm.length > 2 ? stemmer(norm) : norm;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(norm, out);
  return out;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const norm = normWord(raw);
    out.push({ raw, norm, stem: stem(norm), start, end: start + raw.length });
  }
  return out;
}
