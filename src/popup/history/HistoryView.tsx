import { useEffect, useState } from 'preact/hooks';
import { canonicalId } from '../../engine/registry';
import { msg } from '../../shared/i18n';
import type { HistorySummary } from '../../shared/messages';
import { BarChart } from '../../ui/BarChart';
import { Meter } from '../../ui/Meter';
import { signalName } from '../../ui/vocabulary';
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

  if (load.phase === 'loading') return <p class="p-muted">{msg('popup_loading')}</p>;
  if (load.phase === 'error')
    return (
      <p class="p-error" role="alert">
        {msg('popup_history_error', [load.error])}
      </p>
    );
  const h = load.data;
  const days = lastSevenDays(h.perDay, now());
  const used = Math.min(1, h.today.sent / h.dailyBudget);
  return (
    <div class="p-history">
      {!h.storage.available && (
        <p class="p-callout p-callout--warn" role="note">
          {msg('popup_history_memory_off')}
        </p>
      )}
      <section class="p-section" aria-labelledby="pace-h">
        <h2 id="pace-h" class="p-h2">
          {msg('popup_history_pace')}
        </h2>
        <div class="p-stats">
          <Stat value={`${h.today.sent}/${h.dailyBudget}`} label={msg('popup_stat_sent_today')} />
          <Stat value={h.week.sent} label={msg('popup_stat_sent_week')} />
          <Stat
            value={`${share(h.week.held, h.week.sent)}%`}
            label={msg('popup_stat_held', [h.week.held])}
          />
          <Stat
            value={`${share(h.week.overridden, h.week.sent)}%`}
            label={msg('popup_stat_overridden', [h.week.overridden])}
          />
        </div>
        {h.week.unchecked > 0 && (
          <p class="p-callout p-callout--warn" data-worthy="unchecked">
            {msg('popup_history_unchecked', [h.week.unchecked])}
          </p>
        )}
        <Meter
          label={msg('popup_budget_used')}
          value={used}
          tone={used < 0.7 ? 'good' : used < 0.9 ? 'warn' : 'bad'}
          valueText={msg('popup_budget_value', [h.today.sent, h.dailyBudget])}
        />
      </section>
      <section class="p-section" aria-labelledby="chart-h">
        <h2 id="chart-h" class="p-h2">
          {msg('popup_history_last7')}
        </h2>
        <BarChart days={days} budget={h.dailyBudget} title={msg('popup_chart_title')} />
      </section>
      <section class="p-section" aria-labelledby="signals-h">
        <h2 id="signals-h" class="p-h2">
          {msg('popup_history_top')}
        </h2>
        {h.topSignals.length === 0 ? (
          <p class="p-muted">{msg('popup_nothing_yet')}</p>
        ) : (
          <ol class="p-ranked">
            {h.topSignals.slice(0, 6).map((s) => (
              <li key={s.id}>
                {signalName(canonicalId(s.id) ?? s.id, msg)}{' '}
                <span class="p-muted">× {s.count}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section class="p-section" aria-labelledby="tpl-h">
        <h2 id="tpl-h" class="p-h2">
          {msg('popup_history_templates')}
        </h2>
        {h.templates.length === 0 ? (
          <p class="p-muted">{msg('popup_templates_none')}</p>
        ) : (
          <ul class="w-list">
            {h.templates.slice(0, 5).map((t) => (
              <li key={`${t.lastAt}-${t.count}`}>
                {msg(t.recipients === 1 ? 'popup_template_line_one' : 'popup_template_line_other', [
                  t.count,
                  t.recipients,
                ])}
                <span class="p-muted">
                  {' '}
                  {msg('popup_template_last', [
                    new Date(t.lastAt).toLocaleDateString('en', { month: 'short', day: 'numeric' }),
                  ])}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p class="p-hint">{msg('popup_templates_hint')}</p>
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
