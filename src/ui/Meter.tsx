import { useId } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { percent } from './verdict-text';

interface Props {
  label: string;
  /** 0..1, or null when unknown. */
  value: number | null;
  /** True when higher is worse (spam). */
  inverted?: boolean;
  /** Shown instead of a number when the value is unknown. */
  unknownText?: string;
  /** Replaces the "62 / 100" reading, e.g. "12 of 40". */
  valueText?: string;
}

type Level = 'good' | 'mid' | 'bad';

function level(p: number, inverted: boolean): Level {
  const goodness = inverted ? 100 - p : p;
  return goodness >= 60 ? 'good' : goodness >= 30 ? 'mid' : 'bad';
}

const LEVEL_WORD: Record<Level, string> = {
  good: 'ui_level_good',
  mid: 'ui_level_mid',
  bad: 'ui_level_bad',
};

/** A labelled 0–100 bar with its number; `role="meter"` carries the value for screen readers. */
export function Meter({
  label,
  value,
  inverted = false,
  unknownText = msg('ui_meter_unknown'),
  valueText,
}: Props) {
  const id = useId();
  const p = value === null ? null : percent(value);
  const lv = p === null ? null : level(p, inverted);
  return (
    <div class="w-meter">
      <div class="w-meter__head">
        <span id={id} class="w-meter__label">
          {label}
        </span>
        <span class="w-meter__num">
          {p === null ? unknownText : (valueText ?? msg('ui_meter_value', [p]))}
        </span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: <meter> cannot be styled the same in a shadow root and the popup; role="meter" is announced the same. */}
      <div
        class={`w-meter__track${lv ? ` w-meter--${lv}` : ''}`}
        role="meter"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={p ?? undefined}
        aria-valuetext={
          p === null
            ? unknownText
            : msg('ui_meter_valuetext', [
                valueText ?? msg('ui_meter_value_sr', [p]),
                msg(LEVEL_WORD[lv!]),
              ])
        }
      >
        <div class="w-meter__fill" style={{ width: `${p ?? 0}%` }} />
      </div>
    </div>
  );
}
