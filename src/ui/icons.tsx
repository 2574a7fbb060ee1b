/**
 * The two small pictures Worthy uses: its mark (X-blue rounded square with a check, the same as
 * the toolbar icon, see scripts/make-icons.ts) and a verdict's glyph on the colour scale. Both are
 * decorative (`aria-hidden`): the words next to them always say the same thing.
 */
import type { Tone } from './vocabulary';

const GLYPH: Record<Tone, string> = {
  good: 'M7.5 12.4 L10.6 15.4 L16.5 8.8',
  warn: 'M12 7.2 V13 M12 16.6 V16.7',
  bad: 'M8.6 8.6 L15.4 15.4 M15.4 8.6 L8.6 15.4',
  neutral: 'M8 12 H16',
};

/** A verdict or severity glyph: a ring with a check, a bang or a cross, in the tone's colour. */
export function ToneIcon({ tone, size = 16 }: { tone: Tone; size?: number }) {
  return (
    <svg
      class={`w-icon w-tone--${tone}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2.2" />
      <path
        d={GLYPH[tone]}
        fill="none"
        stroke="currentColor"
        stroke-width="2.6"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}

/** Worthy's mark, so a user can tell Worthy's badge from X's own controls. */
export function WorthyMark({ size = 16 }: { size?: number }) {
  return (
    <svg
      class="w-mark-logo"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="24" height="24" rx="5.3" fill="rgb(29,155,240)" />
      <path
        d="M6.2 12.6 L10.3 16.6 L17.9 7.9"
        fill="none"
        stroke="#fff"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
