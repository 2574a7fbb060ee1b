import { useEffect, useState } from 'preact/hooks';
import type { HistorySummary } from '../../shared/messages';
import { BarChart } from '../../ui/BarChart';
import { Meter } from '../../ui/Meter';
import { humanId } from '../../ui/verdict-text';
import type { WorthyApi } from '../api';
import { lastSevenDays, share } from './days';

type Load =
  | { phase: 'loading' }
  | { phase: 'error'; error: string }
  | { phase: 'ready'; data: HistorySummary };

export function HistoryView({ api, now = Date.now }: { api: WorthyApi; now?: () => number }) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    api.historySummary().then((r) => {
      if (live)
        setLoad(r.ok ? { phase: 'ready', data: r.data } : { phase: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [api]);

  if (load.phase === 'loading') return <p class="p-muted">Loading…</p>;
  if (load.phase === 'error')
    return (
      <p class="p-error" role="alert">
        Couldn't load your history: {load.error}
      </p>
    );
  const h = load.data;
  const days = lastSevenDays(h.perDay, now());
  return (
    <div class="p-history">
      {!h.storage.available && (
        <p class="p-callout p-callout--warn" role="note">
          Memory is off, so Worthy can't keep a history on this browser.
        </p>
      )}
      <section class="p-section" aria-labelledby="pace-h">
        <h2 id="pace-h" class="p-h2">
          Your pace
        </h2>
        <div class="p-stats">
          <Stat value={`${h.today.sent}/${h.dailyBudget}`} label="sent today" />
          <Stat value={h.week.sent} label="sent this week" />
          <Stat
            value={`${share(h.week.held, h.week.sent)}%`}
            label={`held first (${h.week.held})`}
          />
          <Stat
            value={`${share(h.week.overridden, h.week.sent)}%`}
            label={`sent anyway (${h.week.overridden})`}
          />
        </div>
        <Meter
          label="Today's budget used"
          value={Math.min(1, h.today.sent / h.dailyBudget)}
          valueText={`${h.today.sent} of ${h.dailyBudget}`}
          inverted
        />
      </section>
      <section class="p-section" aria-labelledby="chart-h">
        <h2 id="chart-h" class="p-h2">
          Last 7 days
        </h2>
        <BarChart days={days} budget={h.dailyBudget} title="DMs sent per day, last 7 days" />
      </section>
      <section class="p-section" aria-labelledby="signals-h">
        <h2 id="signals-h" class="p-h2">
          What came up most
        </h2>
        {h.topSignals.length === 0 ? (
          <p class="p-muted">Nothing yet.</p>
        ) : (
          <ol class="p-ranked">
            {h.topSignals.slice(0, 6).map((s) => (
              <li key={s.id}>
                {humanId(s.id)} <span class="p-muted">× {s.count}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section class="p-section" aria-labelledby="tpl-h">
        <h2 id="tpl-h" class="p-h2">
          Templates you reuse
        </h2>
        {h.templates.length === 0 ? (
          <p class="p-muted">No message has gone to several people in near-identical words.</p>
        ) : (
          <ul class="w-list">
            {h.templates.slice(0, 5).map((t) => (
              <li key={`${t.lastAt}-${t.count}`}>
                Same message sent {t.count} times to {t.recipients}{' '}
                {t.recipients === 1 ? 'person' : 'people'}
                <span class="p-muted">
                  {' '}
                  · last{' '}
                  {new Date(t.lastAt).toLocaleDateString('en', { month: 'short', day: 'numeric' })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p class="p-hint">Worthy keeps fingerprints, never the text, so it can only count them.</p>
      </section>
    </div>
  );
}

function Stat({ value, label }: { value: number | string; label: string }) {
  return (
    <div class="p-stat">
      <span class="p-stat__value">{value}</span>
      <span class="p-stat__label">{label}</span>
    </div>
  );
}
