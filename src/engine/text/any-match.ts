/**
 * Several phrase lists compiled into one matcher that answers a single question in one scan of
 * the text: does any of them match anywhere? Most drafts match none of a detector's lists, and
 * for them one scan of the union costs about half of scanning each list in turn (measured on the
 * bench drafts: 9 scam-script lists, 23 µs → 12 µs). A draft that does match is then read list
 * by list as before, so what is found, and where, never changes.
 *
 * The union `(?:A)|(?:B)|…` matches at some position exactly when one of the lists does, as long
 * as no list refers to its own groups (a backreference would point at another list's group after
 * joining; checked when the matcher is built) and all share the same flags: lists with other
 * flags (`m` for line starts) get a union of their own.
 */
export function anyMatch(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const p of patterns) {
    if (/\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(p.source)) {
      throw new Error(`anyMatch: a pattern with groups it refers to: ${p.source.slice(0, 60)}`);
    }
    const flags = p.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${p.source})`]);
  }
  // Built on the first question, not when the module loads: the worker's start is on the send
  // gate's clock, and a union is as costly to build as all its lists together.
  let unions: RegExp[] | undefined;
  return (text) => {
    unions ??= [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
    return unions.some((u) => u.test(text));
  };
}
