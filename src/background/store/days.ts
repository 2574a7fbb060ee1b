/** Local calendar days, because "today" on the user's chart means their today, not UTC's. */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** 'YYYY-MM-DD' of `ms` in the local time zone. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

/** The `n` local days ending with the day of `now`, oldest first. Date maths, so DST is safe. */
export function lastDays(now: number, n: number): string[] {
  const d = new Date(now);
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    out.push(localDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() - i).getTime()));
  }
  return out;
}
