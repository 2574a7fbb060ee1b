/**
 * Shares word boundaries among neighbouring alternatives before `wordRegExp` expands them:
 * `\bA\b|\bB\b|\bC\b` becomes `\b(?:A|B|C)\b`, at every level of grouping.
 *
 * Why: each expanded boundary is a lookaround on "any letter of any script", and the regex
 * engine builds that class anew for each one, when the pattern is made and again when it is first
 * run (about 0.07 ms and 0.4 ms each). The engine's lists had 268 of them: tens of milliseconds
 * at the worker's start and on its first score, on the send gate's clock.
 *
 * The result matches exactly what the original did, at the same places, with the same groups:
 * alternatives are still tried in their order, the boundary before them is zero-width and the
 * same for all, and a failing boundary after one backtracks into it and then into the next, as
 * before. Nothing inside a lookbehind or a character class is touched.
 */

const B = '\\b';

/** `source` with runs of alternatives that start (and end) with `\b` sharing them. */
export function factorBoundaries(source: string): string {
  const f = new Factorer(source);
  const out = f.alternation(true);
  // An unmatched `)`: left as it was, so that compiling it fails as it did.
  return f.done() ? out : source;
}

class Factorer {
  private i = 0;

  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  /**
   * Reads alternatives up to an unmatched `)` or the end; returns them factored when `share`.
   * Only where `wordRegExp` reads a `\b` after `|` and after the group's opening alike (the top
   * level, `(` and `(?:`): after `(?=`, `(?!` or `(?<name>` it reads one as a word's end, so a
   * boundary moved there would change meaning. Never inside a lookbehind, matched backwards.
   */
  alternation(share: boolean, inLookbehind = false): string {
    const s = this.s;
    const alts: string[] = [];
    // The alternative read so far: `cur`, then the untouched source from `from` to `i`. This runs
    // on 40 KB of lists at the worker's start, before the JIT has warmed up: a native search
    // jumps to the next character that matters, and the text between is copied as one slice.
    let cur = '';
    let from = this.i;
    while (this.i < s.length) {
      SPECIAL.lastIndex = this.i;
      if (!SPECIAL.test(s)) {
        this.i = s.length;
        break;
      }
      this.i = SPECIAL.lastIndex - 1;
      const c = s.charCodeAt(this.i);
      if (c === RPAREN) break;
      if (c === PIPE) {
        alts.push(cur + s.slice(from, this.i));
        cur = '';
        from = ++this.i;
      } else if (c === BACKSLASH) {
        this.i += 2;
      } else if (c === LBRACKET) {
        CHAR_CLASS.lastIndex = this.i;
        CHAR_CLASS.test(s);
        this.i = CHAR_CLASS.lastIndex;
      } else {
        cur += s.slice(from, this.i) + this.group(inLookbehind);
        from = this.i;
      }
    }
    alts.push(cur + s.slice(from, this.i));
    return share && !inLookbehind ? shareBoundaries(alts) : alts.join('|');
  }

  private group(inLookbehind: boolean): string {
    GROUP_OPENING.lastIndex = this.i;
    const prefix = GROUP_OPENING.exec(this.s)![0];
    this.i += prefix.length;
    const lookbehind = inLookbehind || prefix === '(?<=' || prefix === '(?<!';
    const body = this.alternation(prefix === '(' || prefix === '(?:', lookbehind);
    this.i++; // the `)`
    return `${prefix}${body})`;
  }
}

const PIPE = 0x7c; // |
const BACKSLASH = 0x5c; // \
const LBRACKET = 0x5b; // [
const RPAREN = 0x29; // )
/** The characters the reader stops at; everything else is copied as it is. */
const SPECIAL = /[|\\[()]/g;
/** A character class from its `[` to its `]` (or the end), escapes included. */
const CHAR_CLASS = /\[(?:[^\\\]]|\\[\s\S])*\]?/y;
/** A group's opening: `(`, `(?:`, a lookaround or a named group's `(?<name>`. */
const GROUP_OPENING = /\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/y;

const startsWithB = (a: string): boolean => a.length > B.length && a.startsWith(B);
/** Ends with a `\b` that `wordRegExp` reads as "no letter after" (not after `|`, `(` or `:`). */
const endsWithB = (a: string): boolean =>
  a.length > B.length &&
  a.endsWith(B) &&
  !escaped(a, a.length - B.length) &&
  !'|(:'.includes(a[a.length - B.length - 1]!);

/** Whether the backslash at `i` is itself escaped (`\\b` is a backslash then a "b"). */
export function escaped(s: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && s[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

/** `xs` cut into maximal runs of neighbours on which `key` agrees, in order. */
function consecutive(xs: readonly string[], key: (x: string) => boolean): string[][] {
  const out: string[][] = [];
  let last: string[] | undefined;
  let lastKey = false;
  for (const x of xs) {
    const k = key(x);
    if (last && k === lastKey) {
      last.push(x);
    } else {
      last = [x];
      out.push(last);
    }
    lastKey = k;
  }
  return out;
}

const withoutStart = (a: string): string => a.slice(B.length);
const withoutEnd = (a: string): string => a.slice(0, -B.length);

/** `A\b|B\b` → `(?:A|B)\b` for each run of two or more; the rest as they are. */
function shareEnds(alts: readonly string[]): string {
  return consecutive(alts, endsWithB)
    .map((run) =>
      run.length > 1 && endsWithB(run[0]!)
        ? `(?:${run.map(withoutEnd).join('|')})${B}`
        : run.join('|'),
    )
    .join('|');
}

/** `\bA|\bB` → `\b(?:A|B)` (and `\b(?:A|B)\b` when all end with one), ends shared elsewhere. */
function shareBoundaries(alts: readonly string[]): string {
  return consecutive(alts, startsWithB)
    .map((run) => {
      if (run.length < 2 || !startsWithB(run[0]!)) return shareEnds(run);
      const inner = run.map(withoutStart);
      return inner.every(endsWithB)
        ? `${B}(?:${inner.map(withoutEnd).join('|')})${B}`
        : `${B}(?:${shareEnds(inner)})`;
    })
    .join('|');
}
