/**
 * The two small pictures Worthy uses: its mark (X-blue rounded square with a check, the same as
 * the toolbar icon, see scripts/make-icons.ts) and a verdict's glyph on the colour scale. Both are
 * decorative (`aria-hidden`): the words next to them always say the same thing.
 */
import type { ComponentChildren } from 'preact';
import { GLYPH, STROKE } from './glyphs';
import type { Tone } from './vocabulary';

/** The shared frame of both pictures: a 24-unit square, hidden from assistive technology. */
function Icon({ cls, size, children }: { cls: string; size: number; children: ComponentChildren }) {
  return (
    <svg
      class={cls}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A verdict or severity glyph: a ring with a check, a bang or a cross, in the tone's colour. */
export function ToneIcon({ tone, size = 16 }: { tone: Tone; size?: number }) {
  return (
    <Icon cls={`w-icon w-tone--${tone}`} size={size}>
      <circle cx="12" cy="12" r="10" {...STROKE} stroke-width="2.2" />
      <path d={GLYPH[tone]} {...STROKE} stroke-width="2.6" stroke-linejoin="round" />
    </Icon>
  );
}

/** Worthy's mark, so a user can tell Worthy's badge from X's own controls. */
export function WorthyMark({ size = 16 }: { size?: number }) {
  return (
    <Icon cls="w-mark-logo" size={size}>
      <rect width="24" height="24" rx="5.3" fill="rgb(29,155,240)" />
      <path d="M6.2 12.6 L10.3 16.6 L17.9 7.9" {...STROKE} stroke="#fff" stroke-width="3" />
    </Icon>
  );
}
