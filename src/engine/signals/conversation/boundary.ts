/**
 * `\b` in JavaScript knows only ASCII letters, even with the `u` flag: "giovedì 14" has no
 * boundary after "ì". Patterns for other languages are written with `\b` for readability and
 * compiled through `wordRegExp`, which swaps it for a boundary between letters of any script
 * and anything else.
 */
const W = String.raw`[\p{L}\p{M}\p{N}_]`;
const BOUNDARY = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

export function wordRegExp(parts: readonly string[], flags: string): RegExp {
  const source = parts.join('|').replaceAll(String.raw`\b`, BOUNDARY);
  return new RegExp(source, flags.includes('u') ? flags : `${flags}u`);
}
