/** Clock helpers for pausing. `now` is passed in so tests can fix it. */
import { msg } from '../shared/i18n';

export const HOUR_MS = 60 * 60 * 1000;

/** Next local midnight after `now`. */
export function tomorrowStart(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/** "3:45 PM" today, "tomorrow 12:00 AM" or a date further out. */
export function untilText(until: number, now: number): string {
  const d = new Date(until);
  const time = d.toLocaleTimeString('en', { hour: 'numeric', minute: '2-digit' });
  const days = Math.round((startOfDay(until) - startOfDay(now)) / (24 * HOUR_MS));
  if (days <= 0) return time;
  if (days === 1) return msg('popup_until_tomorrow', [time]);
  return msg('popup_until_date', [
    d.toLocaleDateString('en', { month: 'short', day: 'numeric' }),
    time,
  ]);
}

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** "Mar 2, 2026" for an ISO date (a backup's `exportedAt`); the text as given if unreadable. */
export function shortDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t)
    ? iso
    : new Date(t).toLocaleDateString('en', { month: 'short', day: 'numeric', year: 'numeric' });
}
