/** The last seven calendar days for the chart, with zeros where nothing was sent. */
import type { HistorySummary } from '../../shared/messages';
import type { DayBar } from '../../ui/BarChart';

export function isoDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function lastSevenDays(perDay: HistorySummary['perDay'], now: number): DayBar[] {
  const byDay = new Map(perDay.map((d) => [d.day, d]));
  // End on today, or on the newest day reported if the worker's clock is ahead of ours.
  const newest = [...byDay.keys()].sort().pop();
  const today = isoDay(now);
  const end = newest && newest > today ? Date.parse(`${newest}T12:00:00`) : now;
  const out: DayBar[] = [];
  for (let i = 6; i >= 0; i--) {
    const day = isoDay(end - i * 24 * 60 * 60 * 1000);
    const d = byDay.get(day);
    out.push({ day, sent: d?.sent ?? 0, held: d?.held ?? 0 });
  }
  return out;
}

export const share = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 100) : 0;
