/** A labelled 0–100 meter with its number, for relevance and spam risk. */
import { msg } from '../shared/i18n';

export function Meter({
  id,
  label,
  value,
  kind,
}: {
  id: string;
  label: string;
  value: number | null;
  kind: 'relevance' | 'spam';
}) {
  const labelId = `${id}-label`;
  return (
    <div class="meter-row">
      <span id={labelId}>{label}</span>
      <meter
        class={`meter ${kind}`}
        min={0}
        max={100}
        value={value ?? 0}
        aria-labelledby={labelId}
        aria-valuetext={value === null ? msg('overlay_meter_unknown') : `${value}%`}
        data-worthy={`meter-${kind}`}
      />
      <span class="num" aria-hidden="true">
        {value === null ? '–' : `${value}%`}
      </span>
    </div>
  );
}
