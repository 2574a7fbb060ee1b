/**
 * Shared reading of `input.history` (earlier sends) for the sending detectors. Entries may carry
 * text (CLI, tests) or only a fingerprint and link hashes (the extension, which never stores text).
 */
import type { Analysis } from '../../analysis';
import type { Translate } from '../../i18n';
import { normHandle, type PreparedHistory, preparedHistory } from './prepared';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** How far back a template counts as "recent". */
export const TEMPLATE_WINDOW_MS = 7 * DAY;
/** Clocks disagree a little between devices; sends this far "in the future" still count. */
const SKEW_MS = 5 * MINUTE;

export { normHandle } from './prepared';

/** The history prepared once for all the sending detectors (prepared.ts). */
export function historyOf(a: Analysis): PreparedHistory {
  return a.memo('sending:history', () => preparedHistory(a.caches, a.input.history ?? []));
}

/**
 * Whether a send at `at` falls within `windowMs` before `a.now` (sends a little "in the future"
 * count too: clocks disagree between devices).
 */
export function within(a: Analysis, windowMs: number): (at: number) => boolean {
  const from = a.now - windowMs;
  const to = a.now + SKEW_MS;
  return (at) => at > from && at <= to;
}

/** How many entries were sent within `windowMs` before `a.now`. */
export function countWithin(a: Analysis, windowMs: number): number {
  return historyOf(a).countIn(a.now - windowMs, a.now + SKEW_MS);
}

/** The indices of the entries sent within `windowMs` before `a.now`, in time order. */
export function indicesWithin(a: Analysis, windowMs: number): Int32Array {
  return historyOf(a).indicesIn(a.now - windowMs, a.now + SKEW_MS);
}

/** When each recipient was first contacted, over the whole history given. */
export function firstContact(a: Analysis): Map<string, number> {
  return historyOf(a).firstContact();
}

/**
 * Whether this recipient was messaged before: the host's count when it passes `sendStats`
 * (it may send only candidate entries), otherwise the history given.
 */
export function contactedBefore(a: Analysis): boolean {
  const stats = a.input.sendStats;
  if (stats) return stats.contactedBefore;
  const me = normHandle(a.recipient.handle);
  return me !== '' && firstContact(a).has(me);
}

/** "12 minutes", "3 hours", "2 days". */
export function span(t: Translate, ms: number): string {
  const m = Math.max(1, Math.round(ms / MINUTE));
  if (m < 60) return t(m === 1 ? 'time_minutes_one' : 'time_minutes_other', [m]);
  const h = Math.round(ms / HOUR);
  if (h < 48) return t(h === 1 ? 'time_hours_one' : 'time_hours_other', [h]);
  const d = Math.round(ms / DAY);
  return t(d === 1 ? 'time_days_one' : 'time_days_other', [d]);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
