/**
 * The verdict chip, the reasons with their quotes, the fix and the tone glyph, as plain DOM for
 * the pre-send warning. Same markup and classes as the Preact components the card and popup use
 * (ui/VerdictChip, ReasonList, Quotes, Fix, icons), so one stylesheet (ui/summary.css) and one set
 * of words serve both; tests/overlay/warning.test.ts checks they agree.
 */
import { msg } from '../shared/i18n';
import { clipQuote } from '../ui/evidence';
import { GLYPH, STROKE } from '../ui/glyphs';
import type { Reason } from '../ui/signals';
import { type Tone, VERDICT } from '../ui/vocabulary';
import type { Build } from './dom';
import type { VerdictKind } from './model';

export function toneIcon(h: Build, tone: Tone, size = 16): SVGElement {
  return h.svg(
    'svg',
    {
      class: `w-icon w-tone--${tone}`,
      width: size,
      height: size,
      viewBox: '0 0 24 24',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    h.svg('circle', { cx: 12, cy: 12, r: 10, ...STROKE, 'stroke-width': '2.2' }),
    h.svg('path', { d: GLYPH[tone], ...STROKE, 'stroke-width': '2.6', 'stroke-linejoin': 'round' }),
  );
}

export function verdictChip(h: Build, verdict: VerdictKind, score: number): HTMLElement {
  const { name, tone } = VERDICT[verdict];
  return h(
    'span',
    { class: `w-chip w-tone--${tone}`, 'data-verdict': verdict },
    toneIcon(h, tone, 18),
    h('span', { class: 'w-chip__name' }, msg(name)),
    h('span', { class: 'w-chip__score' }, msg('ui_score', [Math.round(score)])),
  );
}

function quotes(h: Build, list: readonly string[], more: number): HTMLElement | null {
  if (list.length === 0) return null;
  return h(
    'span',
    { class: 'w-quotes' },
    ...list.map((q) => h('q', { dir: 'auto', title: q.length > 48 ? q : null }, clipQuote(q))),
    more > 0 && h('span', { class: 'w-quotes__more' }, msg('ui_more_quotes', [more])),
  );
}

export function reasonList(h: Build, reasons: readonly Reason[]): HTMLElement | null {
  if (reasons.length === 0) return null;
  return h(
    'ul',
    { class: 'w-reasons' },
    ...reasons.map((r) =>
      h(
        'li',
        { class: 'w-reason', 'data-signal': r.id, title: r.message },
        toneIcon(h, r.tone),
        h(
          'span',
          { class: 'w-reason__body' },
          h('span', { class: 'w-reason__name' }, r.name),
          ' ',
          quotes(h, r.quotes, r.more),
        ),
      ),
    ),
  );
}

export function fixLine(h: Build, text: string): HTMLElement {
  return h(
    'p',
    { class: 'w-fix', 'data-worthy': 'fix' },
    h('span', { class: 'w-fix__label' }, msg('ui_heading_fix')),
    ' ',
    text,
  );
}
