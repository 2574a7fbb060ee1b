/**
 * `\b` in JavaScript knows only ASCII letters, even with the `u` flag: "giovedì 14" has no
 * boundary after "ì". Patterns for other languages are written with `\b` for readability and
 * compiled through `wordRegExp`, which turns each `\b` into a boundary for letters of any script.
 *
 * Each `\b` becomes one lookaround, chosen by where it stands: at the start of a word (after `|`,
 * `(` or `:` of `(?:`, or at the very start) "no letter before", otherwise "no letter after". A
 * two-sided boundary at the front of a large alternation stops the regex engine from skipping
 * positions that cannot start a match: on 6,000 emoji it was 50 times slower. Neighbouring
 * alternatives share their boundaries first (boundary-factor.ts): each lookaround is costly to
 * build.
 */
import { escaped, factorBoundaries } from './boundary-factor';

const W = '[\\p{L}\\p{M}\\p{N}_]';
const WORD_START = `(?<!${W})`;
const WORD_END = `(?!${W})`;

export function wordRegExp(parts: readonly string[], flags: string): RegExp {
  const source = expandBoundaries(factorBoundaries(parts.join('|')));
  return new RegExp(source, flags.includes('u') ? flags : `${flags}u`);
}

/** `source` with each `\b` turned into the lookaround for its place (see the note above). */
export function expandBoundaries(source: string): string {
  let out = '';
  let from = 0;
  for (let i = source.indexOf('\\b'); i !== -1; i = source.indexOf('\\b', i + 2)) {
    if (escaped(source, i)) continue; // `\\b`: a backslash, then the letter b
    const before = i === 0 ? '' : source[i - 1]!;
    out +=
      source.slice(from, i) + (before === '' || '|(:'.includes(before) ? WORD_START : WORD_END);
    from = i + 2;
  }
  return out + source.slice(from);
}
