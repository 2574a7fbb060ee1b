/**
 * The paths of Worthy's tone glyphs (a check, a bang, a cross, a dash inside a ring), drawn by the
 * Preact icons (icons.tsx) and by the plain-DOM warning (overlay/summary-dom.ts) alike.
 */
import type { Tone } from './vocabulary';

export const GLYPH: Readonly<Record<Tone, string>> = {
  good: 'M7.5 12.4 L10.6 15.4 L16.5 8.8',
  warn: 'M12 7.2 V13 M12 16.6 V16.7',
  bad: 'M8.6 8.6 L15.4 15.4 M15.4 8.6 L8.6 15.4',
  neutral: 'M8 12 H16',
};

/** The stroke every glyph and its ring share. */
export const STROKE = { fill: 'none', stroke: 'currentColor', 'stroke-linecap': 'round' } as const;
