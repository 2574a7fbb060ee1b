/**
 * The history view's figures: counts per local day, the most frequent signals and repeated
 * templates this week, and whether memory is on. Only numbers and signal ids, never text.
 */
import type { HistorySummary } from '../../shared/messages';
import { read } from './connection';
import { DAY_MS, lastDays } from './days';
import type { DailyRecord, SendRecord } from './db';
import { MAX_SUMMARY_SENDS, sendsSince } from './sends';
import { loadSettings } from './settings-store';
import { storageStatus } from './status';
import { findTemplates } from './templates';

const WEEK_DAYS = 7;
const TOP_SIGNALS = 10;
const MAX_TEMPLATES = 50;

type Counts = HistorySummary['today'];

function countsOf(d: DailyRecord | undefined): Counts {
  return {
    sent: d?.count ?? 0,
    held: d?.held ?? 0,
    overridden: d?.overridden ?? 0,
    unchecked: d?.unchecked ?? 0,
  };
}

export function topSignals(sends: readonly SendRecord[]): HistorySummary['topSignals'] {
  const counts = new Map<string, number>();
  for (const s of sends)
    for (const id of s.signals ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_SIGNALS)
    .map(([id, count]) => ({ id, count }));
}

export async function historySummary(now = Date.now()): Promise<HistorySummary> {
  const days = lastDays(now, WEEK_DAYS);
  const [settings, storage, data] = await Promise.all([
    loadSettings(),
    storageStatus({ estimate: false }),
    read({ daily: [] as (DailyRecord | undefined)[], sends: [] as SendRecord[] }, async (conn) => ({
      daily: await Promise.all(days.map((d) => conn.get('daily', d))),
      // The last 7 × 24 hours, the engine's own template window (signals/sending/history.ts).
      sends: await sendsSince(conn, now - WEEK_DAYS * DAY_MS, MAX_SUMMARY_SENDS),
    })),
  ]);
  const perDay = days.map((day, i) => ({ day, ...countsOf(data.daily[i]) }));
  const week = perDay.reduce<Counts>(
    (w, d) => ({
      sent: w.sent + d.sent,
      held: w.held + d.held,
      overridden: w.overridden + d.overridden,
      unchecked: w.unchecked + d.unchecked,
    }),
    { sent: 0, held: 0, overridden: 0, unchecked: 0 },
  );
  return {
    today: countsOf(data.daily[data.daily.length - 1]),
    week,
    dailyBudget: settings.engine.dailyBudget,
    perDay,
    topSignals: topSignals(data.sends),
    templates: findTemplates(data.sends).slice(0, MAX_TEMPLATES),
    storage: {
      available: storage.available,
      ...(storage.reason ? { reason: storage.reason } : {}),
      counts: storage.counts,
    },
  };
}
