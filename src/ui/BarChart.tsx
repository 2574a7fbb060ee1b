import { msg } from '../shared/i18n';

export interface DayBar {
  /** ISO date, YYYY-MM-DD. */
  day: string;
  sent: number;
  held: number;
}

interface Props {
  days: readonly DayBar[];
  budget: number;
  title: string;
}

const W = 300;
const H = 110;
const TOP = 14;
const BOTTOM = 18;

/** "Mon 3" from "2025-11-03", read as a local calendar day. */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return `${date.toLocaleDateString('en', { weekday: 'short' })} ${date.getDate()}`;
}

/** The numbers a screen reader hears instead of the picture. */
export function chartLabel(title: string, days: readonly DayBar[], budget: number): string {
  const parts = days.map((d) =>
    d.held
      ? msg('ui_chart_day_held', [dayLabel(d.day), d.sent, d.held])
      : msg('ui_chart_day', [dayLabel(d.day), d.sent]),
  );
  return msg('ui_chart_label', [title, parts.join('; '), budget]);
}

/** Sent per day as bars (held as a lighter cap), with the daily budget as a dashed line. */
export function BarChart({ days, budget, title }: Props) {
  const max = Math.max(1, ...days.map((d) => d.sent + d.held));
  // Show the budget line only when it is on the same scale as the bars.
  const showBudget = budget <= max * 1.5;
  const top = showBudget ? Math.max(max, budget) : max;
  const plot = H - TOP - BOTTOM;
  const y = (v: number) => TOP + plot - (v / top) * plot;
  const slot = W / Math.max(1, days.length);
  const bw = Math.min(28, slot * 0.6);
  return (
    <figure class="w-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={chartLabel(title, days, budget)}
        class="w-chart__svg"
      >
        {days.map((d, i) => {
          const x = i * slot + (slot - bw) / 2;
          return (
            <g key={d.day}>
              <rect
                class="w-chart__sent"
                x={x}
                y={y(d.sent)}
                width={bw}
                height={TOP + plot - y(d.sent)}
                rx={3}
              />
              {d.held > 0 && (
                <rect
                  class="w-chart__held"
                  x={x}
                  y={y(d.sent + d.held)}
                  width={bw}
                  height={y(d.sent) - y(d.sent + d.held)}
                  rx={3}
                />
              )}
              <text
                class="w-chart__num"
                x={x + bw / 2}
                y={y(d.sent + d.held) - 3}
                text-anchor="middle"
              >
                {d.sent}
              </text>
              <text class="w-chart__day" x={x + bw / 2} y={H - 4} text-anchor="middle">
                {dayLabel(d.day).split(' ')[0]}
              </text>
            </g>
          );
        })}
        {showBudget && <line class="w-chart__budget" x1={0} x2={W} y1={y(budget)} y2={y(budget)} />}
      </svg>
      <figcaption class="w-chart__legend" aria-hidden="true">
        <span class="w-key w-key--sent" /> {msg('ui_chart_legend_sent')}
        <span class="w-key w-key--held" /> {msg('ui_chart_legend_held')}
        {showBudget ? (
          <>
            <span class="w-key w-key--budget" /> {msg('ui_chart_legend_budget', [budget])}
          </>
        ) : (
          <span class="w-chart__note">{msg('ui_chart_budget_off_scale', [budget])}</span>
        )}
      </figcaption>
      <table class="w-sr">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{msg('ui_chart_col_day')}</th>
            <th scope="col">{msg('ui_chart_col_sent')}</th>
            <th scope="col">{msg('ui_chart_col_held')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayLabel(d.day)}</th>
              <td>{d.sent}</td>
              <td>{d.held}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
