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
  const parts = days.map(
    (d) => `${dayLabel(d.day)}: ${d.sent} sent${d.held ? `, ${d.held} held` : ''}`,
  );
  return `${title}. ${parts.join('; ')}. Daily budget ${budget}.`;
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
        <span class="w-key w-key--sent" /> sent
        <span class="w-key w-key--held" /> held
        {showBudget ? (
          <>
            <span class="w-key w-key--budget" /> daily budget ({budget})
          </>
        ) : (
          <span class="w-chart__note">daily budget {budget}, off the scale</span>
        )}
      </figcaption>
      <table class="w-sr">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Sent</th>
            <th scope="col">Held</th>
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
