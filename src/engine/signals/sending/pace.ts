/**
 * How fast the account is sending. These signals have no text basis, so their evidence is empty:
 * the message says what was counted instead.
 */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import {
  contactedBefore,
  countWithin,
  DAY,
  firstContact,
  HOUR,
  historyOf,
  indicesWithin,
  MINUTE,
} from './history';

/** X is reported to cap accounts at about this many DMs a day. */
export const X_DAILY_CAP = 500;
/** Distinct new people in the burst window that looks automated. */
export const BURST_NEW_CONTACTS = 10;
export const BURST_WINDOW_MS = 10 * MINUTE;

/** Feature values of the pace levels: nearing the budget, at or over it, nearing X's own cap. */
export const PACE = { near: 0.4, over: 1, cap: 1.5 } as const;

function level(count: number, budget: number): number {
  if (count >= budget) return PACE.over;
  if (count >= 0.8 * budget) return PACE.near;
  return 0;
}

function daily(a: Analysis): Hit[] {
  const sent = a.input.sendStats?.sentLastDay ?? countWithin(a, DAY);
  const budget = a.settings.dailyBudget;
  const nearCap = sent >= 0.9 * X_DAILY_CAP;
  const value = nearCap ? PACE.cap : level(sent, budget);
  if (value === 0) return [];
  return [
    {
      id: 'pace-daily',
      value,
      message: a.t(nearCap ? 'signal_pace_daily_message_near_cap' : 'signal_pace_daily_message', [
        sent,
        budget,
        X_DAILY_CAP,
      ]),
      evidence: [],
      suggestion: a.t('signal_pace_daily_suggestion'),
    },
  ];
}

/** New contacts reached within `windowMs`: people whose first DM from you falls in the window. */
export function newContactsWithin(a: Analysis, windowMs: number): number {
  const stats = a.input.sendStats;
  if (stats && windowMs === HOUR) return stats.newContactsLastHour;
  if (stats && windowMs === BURST_WINDOW_MS) return stats.newContactsLastBurst;
  const first = firstContact(a);
  const from = a.now - windowMs;
  const people = new Set<string>();
  const h = historyOf(a);
  for (const i of indicesWithin(a, windowMs)) {
    const k = h.who[i]!;
    if ((first.get(k) ?? 0) > from) people.add(k);
  }
  return people.size;
}

function hourly(a: Analysis): Hit[] {
  const n = newContactsWithin(a, HOUR);
  const budget = a.settings.hourlyBudget;
  const value = level(n, budget);
  if (value === 0) return [];
  return [
    {
      id: 'pace-hourly',
      value,
      message: a.t('signal_pace_hourly_message', [n, budget]),
      evidence: [],
      suggestion: a.t('signal_pace_hourly_suggestion'),
    },
  ];
}

function burst(a: Analysis): Hit[] {
  // A reply in a thread they are already in adds no one to the burst: holding a customer's
  // answer because of other sends would punish the one message that is not part of it.
  const isNew = a.context.kind === 'cold' && a.context.myMessages === 0 && !contactedBefore(a);
  if (!isNew) return [];
  const n = newContactsWithin(a, BURST_WINDOW_MS) + 1;
  if (n < BURST_NEW_CONTACTS) return [];
  return [
    {
      id: 'burst-new-contacts',
      value: 1,
      message: a.t('signal_burst_new_contacts_message', [n, BURST_WINDOW_MS / MINUTE]),
      evidence: [],
      suggestion: a.t('signal_burst_new_contacts_suggestion'),
    },
  ];
}

export const paceDetector: Detector = {
  name: 'pace',
  signals: ['pace-daily', 'pace-hourly', 'burst-new-contacts'],
  run: (a) => [...daily(a), ...hourly(a), ...burst(a)],
};
