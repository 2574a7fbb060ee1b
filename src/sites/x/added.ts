/**
 * The elements added to the page since the last report (a text node counts as its parent), or
 * null when that is not known: a navigation, a shadow root seen for the first time (its content
 * came before its observer), an attribute that can make an element a composer, or more than
 * MAX_ADDED of them (a whole page rendered). Null means "look at everything". Its own module: the
 * overlay script merges reports too and must not take the observer with it.
 */
export type Added = readonly Element[] | null;

/** Past this many additions, listing them costs more than searching once. */
export const MAX_ADDED = 200;

/** Two reports merged before anyone read them: unknown wins, and so does a list grown too long. */
export function mergeAdded(a: Added, b: Added): Added {
  if (a === null || b === null) return null;
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return a.length + b.length > MAX_ADDED ? null : [...a, ...b];
}
