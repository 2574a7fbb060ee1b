import { useEffect, useState } from 'preact/hooks';
import type { GateMode, Settings } from '../../shared/settings';
import type { SettingsHandle } from '../use-settings';
import { Field, ids } from './Field';
import { type FieldErrors, fromForm, type SettingsForm, toForm } from './form';
import { ImportExport } from './ImportExport';
import { MutedList } from './MutedList';
import { PauseControls } from './PauseControls';

const GATES: { id: GateMode; label: string; hint: string }[] = [
  { id: 'off', label: 'Off', hint: 'Guidance only; nothing is held.' },
  { id: 'warn', label: 'Warn only', hint: 'Warns before weak DMs but never stops a send.' },
  {
    id: 'hold',
    label: 'Hold weak drafts',
    hint: 'Holds drafts rated “Hold it” until you confirm.',
  },
  { id: 'strict', label: 'Hold “Revise first” too', hint: 'Also holds drafts that need work.' },
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
        Couldn't load your settings: {loadError}
      </p>
    );
  if (!settings || !form) return <p class="p-muted">Loading…</p>;

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
      setErrors({ form: `Couldn't save: ${saveResult.error}` });
      return;
    }
    setErrors({});
    setForm(toForm(saveResult.data));
    setSaved('Saved.');
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
            Before a DM goes out
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
                <span class="p-radio__label">{g.label}</span>
                <span class="p-hint" id={`gate-${g.id}-hint`}>
                  {g.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset class={`p-fieldset${errors.thresholds ? ' has-error' : ''}`}>
          <legend class="p-h2">Score thresholds (0–100)</legend>
          <div class="p-grid2">
            <Field id="thr-send" label="Send at or above">
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                value={form.send}
                onInput={set('send')}
                id="thr-send"
                {...thresholdAria}
              />
            </Field>
            <Field id="thr-hold" label="Hold below">
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                value={form.hold}
                onInput={set('hold')}
                id="thr-hold"
                {...thresholdAria}
              />
            </Field>
          </div>
          <p class="p-hint" id="thr-hint">
            Between the two, Worthy says “Revise first”.
          </p>
          {errors.thresholds && (
            <p class="p-error" id="thr-error" role="alert">
              {errors.thresholds}
            </p>
          )}
        </fieldset>

        <div class="p-grid2">
          <Field id="daily" label="DMs per day" error={errors.dailyBudget}>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              value={form.dailyBudget}
              onInput={set('dailyBudget')}
              {...ids('daily', errors.dailyBudget)}
            />
          </Field>
          <Field id="hourly" label="New contacts per hour" error={errors.hourlyBudget}>
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
          label="Phrases that sound pushy to you"
          hint="One per line."
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
          label="Your own domains (links never count against you)"
          hint="One per line, e.g. acme.com."
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
          label="What your account is about"
          hint="Helps judge whether an offer fits the person."
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
          label="Forget profiles after (days)"
          hint="1 to 365."
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

        <div class="p-row">
          <button type="submit" class="p-btn p-btn--primary">
            Save settings
          </button>
          <span role="status" class="p-saved">
            {saved}
          </span>
        </div>
        {(errors.form || Object.keys(errors).length > 0) && (
          <p class="p-error" role="alert">
            {errors.form ?? 'Nothing saved: fix the fields marked above.'}
          </p>
        )}
      </form>
      <MutedList handle={handle} settings={settings} />
      <ImportExport handle={handle} settings={settings} onImported={onImported} />
    </div>
  );
}
