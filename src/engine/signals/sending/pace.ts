/**
 * How fast the account is sending. These signals have no text basis, so their evidence is empty:
 * the message says what was counted instead.
 */
import type { Analysis } from '../../analysis';
import type { Detector, Finding } from '../../detector';
import { DAY, firstContact, HOUR, MINUTE, normHandle, recentHistory } from './history';

/** X is reported to cap accounts at about this many DMs a day. */
export const X_DAILY_CAP = 500;
/** Distinct new people in the burst window that looks automated. */
export const BURST_NEW_CONTACTS = 10;
export const BURST_WINDOW_MS = 10 * MINUTE;

function level(count: number, budget: number): 'medium' | 'high' | null {
  if (count >= budget) return 'high';
  if (count >= 0.8 * budget) return 'medium';
  return null;
}

function daily(a: Analysis): Finding[] {
  const sent = recentHistory(a, DAY).length;
  const budget = a.settings.dailyBudget;
  const nearCap = sent >= 0.9 * X_DAILY_CAP;
  const sev = nearCap ? 'high' : level(sent, budget);
  if (!sev) return [];
  const cap = nearCap
    ? `You are close to the ~${X_DAILY_CAP} DMs a day X is reported to allow.`
    : `X is reported to cap accounts at about ${X_DAILY_CAP} DMs a day, and fast senders get limited sooner.`;
  return [
    {
      id: 'pace-daily',
      axis: 'spam',
      severity: sev,
      weight: nearCap ? 40 : sev === 'high' ? 25 : 10,
      message: `You have sent ${sent} DMs in the last 24 hours; your daily budget is ${budget}. ${cap}`,
      evidence: [],
      suggestion: 'Save the rest for tomorrow: fewer, better DMs get more replies.',
    },
  ];
}

/** New contacts reached within `windowMs`: people whose first DM from you falls in the window. */
export function newContactsWithin(a: Analysis, windowMs: number): number {
  const first = firstContact(a);
  const from = a.now - windowMs;
  const people = new Set<string>();
  for (const e of recentHistory(a, windowMs)) {
    const k = e.who;
    if ((first.get(k) ?? 0) > from) people.add(k);
  }
  return people.size;
}

function hourly(a: Analysis): Finding[] {
  const n = newContactsWithin(a, HOUR);
  const budget = a.settings.hourlyBudget;
  const sev = level(n, budget);
  if (!sev) return [];
  return [
    {
      id: 'pace-hourly',
      axis: 'spam',
      severity: sev,
      weight: sev === 'high' ? 25 : 10,
      message: `You have messaged ${n} new people in the last hour; your hourly budget is ${budget}. Slow down to stay clear of X's rate limits.`,
      evidence: [],
      suggestion: 'Pause for a while before writing to more new people.',
    },
  ];
}

function burst(a: Analysis): Finding[] {
  const me = normHandle(a.recipient.handle);
  const isNew = a.context.kind === 'cold' && a.context.myMessages === 0 && !firstContact(a).has(me);
  const n = newContactsWithin(a, BURST_WINDOW_MS) + (isNew ? 1 : 0);
  if (n < BURST_NEW_CONTACTS) return [];
  return [
    {
      id: 'burst-new-contacts',
      axis: 'spam',
      severity: 'high',
      weight: 35,
      message: `This would be ${n} new people in ${BURST_WINDOW_MS / MINUTE} minutes. That pace looks automated to X and to the people receiving it.`,
      evidence: [],
      suggestion: 'Space out first messages to new people.',
    },
  ];
}

export const paceDetector: Detector = {
  name: 'pace',
  signals: [
    {
      id: 'pace-daily',
      axis: 'spam',
      summary: 'DMs sent in the last 24 hours are near or over the daily budget.',
    },
    {
      id: 'pace-hourly',
      axis: 'spam',
      summary: 'New people messaged in the last hour are near or over the hourly budget.',
    },
    {
      id: 'burst-new-contacts',
      axis: 'spam',
      summary: 'Many first messages to new people within minutes, which looks automated.',
    },
  ],
  run: (a) => [...daily(a), ...hourly(a), ...burst(a)],
};
