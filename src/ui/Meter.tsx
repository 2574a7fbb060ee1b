import { useId } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { percent, type Tone } from './vocabulary';

interface Props {
  label: string;
  /** 0..1, or null when unknown. */
  value: number | null;
  /** Where the reading sits on the colour scale (see `axisTone`). */
  tone: Tone;
  /** Shown instead of a number when the value is unknown. */
  unknownText?: string;
  /** Replaces the "62%" reading, e.g. "12 of 40". */
  valueText?: string;
}

/**
 * A labelled 0–100 bar with its reading, coloured on the one scale; `role="meter"` carries the
 * value for screen readers. The overlay and the popup both use this one.
 */
export function Meter({
  label,
  value,
  tone,
  unknownText = msg('ui_meter_unknown'),
  valueText,
}: Props) {
  const id = useId();
  const p = value === null ? null : percent(value);
  const reading = p === null ? unknownText : (valueText ?? msg('ui_percent', [p]));
  return (
    <div class={`w-meter w-tone--${tone}`}>
      <div class="w-meter__head">
        <span id={id} class="w-meter__label">
          {label}
        </span>
        <span class="w-meter__num">{reading}</span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: <meter> cannot be styled the same in a shadow root and the popup; role="meter" is announced the same. */}
      <div
        class="w-meter__track"
        role="meter"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={p ?? undefined}
        aria-valuetext={reading}
      >
        <div class="w-meter__fill" style={{ width: `${p ?? 0}%` }} />
      </div>
    </div>
  );
}
