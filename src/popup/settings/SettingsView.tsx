import { useEffect, useState } from 'preact/hooks';
import { msg } from '../../shared/i18n';
import type { GateMode, Settings } from '../../shared/settings';
import { VERDICT } from '../../ui/vocabulary';
import type { SettingsHandle } from '../use-settings';
import { DismissedList } from './DismissedList';
import { Field, ids } from './Field';
import {
  type FieldErrors,
  fromForm,
  LINE,
  LINE_RANGE,
  type SettingsForm,
  thresholdLabel,
  toForm,
} from './form';
import { ImportExport } from './ImportExport';
import { MutedList } from './MutedList';
import { PauseControls } from './PauseControls';

/** Labels and hints are catalog keys (see `public/_locales`); hints name verdicts in their words. */
const GATES: { id: GateMode; label: string; hint: string; verdict?: string }[] = [
  { id: 'off', label: 'popup_gate_off', hint: 'popup_gate_off_hint' },
  { id: 'warn', label: 'popup_gate_warn', hint: 'popup_gate_warn_hint' },
  {
    id: 'hold',
    label: 'popup_gate_hold',
    hint: 'popup_gate_hold_hint',
    verdict: VERDICT.hold.name,
  },
  {
    id: 'strict',
    label: 'popup_gate_strict',
    hint: 'popup_gate_strict_hint',
    verdict: VERDICT.revise.name,
  },
];

export function SettingsView({
  handle,
  now = Date.now,
}: {
  handle: SettingsHandle;
  now?: () => number;
}) {
  const { settings, error: loadError } = handle;
  const [form, setForm] = useState<SettingsForm | null>(settings ? toForm(settings) : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (settings && !form) setForm(toForm(settings));
  }, [settings, form]);

  if (loadError && !settings)
    return (
      <p class="p-error" role="alert">
        {msg('popup_settings_error', [loadError])}
      </p>
    );
  if (!settings || !form) return <p class="p-muted">{msg('popup_loading')}</p>;

  const set = (key: keyof SettingsForm) => (e: Event) => {
    setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
    setSaved(null);
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const r = fromForm(form, settings);
    if (!r.ok) {
      setErrors(r.errors);
      setSaved(null);
      return;
    }
    const saveResult = await handle.save(r.settings);
    if (!saveResult.ok) {
      setErrors({ form: msg('popup_save_error', [saveResult.error]) });
      return;
    }
    setErrors({});
    setForm(toForm(saveResult.data));
    setSaved(msg('popup_saved'));
  };

  const thresholdAria = {
    'aria-invalid': errors.thresholds ? ('true' as const) : undefined,
    'aria-describedby': errors.thresholds ? 'thr-hint thr-error' : 'thr-hint',
  };

  const onImported = (s: Settings) => {
    setForm(toForm(s));
    setErrors({});
    setSaved(null);
  };

  return (
    <div class="p-settings">
      <PauseControls handle={handle} settings={settings} now={now} />
      <form class="p-section" onSubmit={onSubmit} noValidate aria-labelledby="gate-h">
        <fieldset class="p-fieldset">
          <legend id="gate-h" class="p-h2">
            {msg('popup_gate_heading')}
          </legend>
          {GATES.map((g) => (
            <label key={g.id} class="p-radio">
              <input
                type="radio"
                name="gate"
                value={g.id}
                checked={form.gate === g.id}
                onChange={() => setForm({ ...form, gate: g.id })}
                aria-describedby={`gate-${g.id}-hint`}
              />
              <span>
                <span class="p-radio__label">{msg(g.label)}</span>
                <span class="p-hint" id={`gate-${g.id}-hint`}>
                  {msg(g.hint, g.verdict ? [msg(g.verdict)] : [])}
                </span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset class={`p-fieldset${errors.thresholds ? ' has-error' : ''}`}>
          <legend class="p-h2">{msg('popup_thresholds_heading')}</legend>
          <div class="p-grid2">
            <Field id="thr-send" label={thresholdLabel('send')}>
              <input
                type="number"
                inputMode="numeric"
                min={LINE_RANGE.send.min}
                max={LINE_RANGE.send.max}
                value={form.send}
                onInput={set('send')}
                id="thr-send"
                {...thresholdAria}
              />
            </Field>
            <Field id="thr-hold" label={thresholdLabel('hold')}>
              <input
                type="number"
                inputMode="numeric"
                min={LINE_RANGE.hold.min}
                max={LINE_RANGE.hold.max}
                value={form.hold}
                onInput={set('hold')}
                id="thr-hold"
                {...thresholdAria}
              />
            </Field>
          </div>
          <p class="p-hint" id="thr-hint">
            {msg('popup_thresholds_hint', [
              msg(VERDICT.revise.name),
              String(LINE.send),
              String(LINE.hold),
            ])}
          </p>
          {errors.thresholds && (
            <p class="p-error" id="thr-error" role="alert">
              {errors.thresholds}
            </p>
          )}
        </fieldset>

        <div class="p-grid2">
          <Field id="daily" label={msg('popup_daily_budget')} error={errors.dailyBudget}>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              value={form.dailyBudget}
              onInput={set('dailyBudget')}
              {...ids('daily', errors.dailyBudget)}
            />
          </Field>
          <Field id="hourly" label={msg('popup_hourly_budget')} error={errors.hourlyBudget}>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              value={form.hourlyBudget}
              onInput={set('hourlyBudget')}
              {...ids('hourly', errors.hourlyBudget)}
            />
          </Field>
        </div>

        <Field
          id="phrases"
          label={msg('popup_phrases')}
          hint={msg('popup_one_per_line')}
          error={errors.triggerPhrases}
        >
          <textarea
            rows={3}
            value={form.triggerPhrases}
            onInput={set('triggerPhrases')}
            {...ids('phrases', errors.triggerPhrases, true)}
          />
        </Field>
        <Field
          id="domains"
          label={msg('popup_domains')}
          hint={msg('popup_domains_hint')}
          error={errors.trustedDomains}
        >
          <textarea
            rows={2}
            value={form.trustedDomains}
            onInput={set('trustedDomains')}
            {...ids('domains', errors.trustedDomains, true)}
          />
        </Field>
        <Field
          id="brand"
          label={msg('popup_brand')}
          hint={msg('popup_brand_hint')}
          error={errors.brandProfile}
        >
          <textarea
            rows={3}
            value={form.brandProfile}
            onInput={set('brandProfile')}
            {...ids('brand', errors.brandProfile, true)}
          />
        </Field>
        <Field
          id="retention"
          label={msg('popup_retention')}
          hint={msg('popup_retention_hint')}
          error={errors.profileRetentionDays}
        >
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            value={form.profileRetentionDays}
            onInput={set('profileRetentionDays')}
            {...ids('retention', errors.profileRetentionDays, true)}
          />
        </Field>

        {/* Sticks to the bottom of the tab while any field is in view: where the eye ends. */}
        <div class="p-savebar">
          <div class="p-row">
            <button type="submit" class="p-btn p-btn--primary">
              {msg('popup_save_settings')}
            </button>
            <span role="status" class="p-saved">
              {saved}
            </span>
          </div>
          {(errors.form || Object.keys(errors).length > 0) && (
            <p class="p-error" role="alert">
              {errors.form ?? msg('popup_fix_fields')}
            </p>
          )}
        </div>
      </form>
      <MutedList handle={handle} settings={settings} />
      <DismissedList handle={handle} settings={settings} />
      <ImportExport handle={handle} settings={settings} onImported={onImported} />
    </div>
  );
}
