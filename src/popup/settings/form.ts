/**
 * The settings form's text fields and their conversion to `Settings`. Validation is the zod
 * schema itself (`settingsSchema`); this file only turns its issues into short messages keyed by
 * the field they belong to, so each shows next to its input.
 */
import type { z } from 'zod';
import { HOLD_BELOW, MAX_STRICTNESS, SEND_AT } from '../../engine/model/lines';
import { msg } from '../../shared/i18n';
import { type GateMode, type Settings, settingsSchema } from '../../shared/settings';
import { VERDICT } from '../../ui/vocabulary';

/**
 * The two lines are shown as the scores the badge shows ("Worth sending at or above 75") and
 * stored as offsets from where the fit put them (`engine.strictness`), so a refitted model keeps
 * the user's "a bit stricter" rather than their old absolute numbers.
 */
export const LINE = { send: SEND_AT, hold: HOLD_BELOW } as const;
/** The range each line's field accepts, on the score scale. */
export const LINE_RANGE = {
  send: { min: SEND_AT - MAX_STRICTNESS, max: Math.min(100, SEND_AT + MAX_STRICTNESS) },
  hold: { min: HOLD_BELOW - MAX_STRICTNESS, max: HOLD_BELOW + MAX_STRICTNESS },
} as const;

export interface SettingsForm {
  gate: GateMode;
  /** The send line as a score (fitted line + the user's offset). */
  send: string;
  /** The hold line as a score. */
  hold: string;
  dailyBudget: string;
  hourlyBudget: string;
  triggerPhrases: string;
  trustedDomains: string;
  brandProfile: string;
  profileRetentionDays: string;
}

export type FieldKey = Exclude<keyof SettingsForm, 'send' | 'hold'> | 'thresholds' | 'form';
export type FieldErrors = Partial<Record<FieldKey, string>>;

export function toForm(s: Settings): SettingsForm {
  return {
    gate: s.gate,
    send: String(LINE.send + s.engine.strictness.send),
    hold: String(LINE.hold + s.engine.strictness.hold),
    dailyBudget: String(s.engine.dailyBudget),
    hourlyBudget: String(s.engine.hourlyBudget),
    triggerPhrases: s.engine.triggerPhrases.join('\n'),
    trustedDomains: s.engine.trustedDomains.join('\n'),
    brandProfile: s.engine.brandProfile,
    profileRetentionDays: String(s.profileRetentionDays),
  };
}

/** One entry per line: trimmed, blanks dropped, repeats (ignoring case) dropped. */
export function lines(text: string, lowerCase = false): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = lowerCase ? raw.trim().toLowerCase() : raw.trim();
    const key = line.toLowerCase();
    if (!line || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

function fieldOf(path: readonly PropertyKey[]): FieldKey {
  const [a, b] = path;
  if (a === 'engine') {
    if (b === 'strictness') return 'thresholds';
    if (b === 'dailyBudget' || b === 'hourlyBudget' || b === 'triggerPhrases') return b;
    if (b === 'trustedDomains' || b === 'brandProfile') return b;
  }
  if (a === 'gate' || a === 'profileRetentionDays') return a;
  return 'form';
}

/**
 * The threshold fields' labels, named by the verdicts they set ("Worth sending at or above"):
 * the form, its errors and the import summary all call them this.
 */
export function thresholdLabel(which: 'send' | 'hold'): string {
  return which === 'send'
    ? msg('popup_send_at', [msg(VERDICT.send.name)])
    : msg('popup_hold_below', [msg(VERDICT.hold.name)]);
}

/** A zod issue in words a social media manager would use. */
function say(issue: z.core.$ZodIssue): string {
  const which = issue.path[1] === 'strictness' ? issue.path[2] : undefined;
  const text = which === 'send' || which === 'hold' ? sayLine(issue, which) : sayBare(issue);
  if (which !== 'send' && which !== 'hold') return text;
  const prefix = msg('popup_form_field_prefix', [thresholdLabel(which)]);
  return prefix + text.charAt(0).toLowerCase() + text.slice(1);
}

/** An offset's bounds said on the score scale the field shows. */
function sayLine(issue: z.core.$ZodIssue, which: 'send' | 'hold'): string {
  if (issue.code === 'too_small')
    return msg('popup_form_at_least', [String(LINE_RANGE[which].min)]);
  if (issue.code === 'too_big') return msg('popup_form_at_most', [String(LINE_RANGE[which].max)]);
  return sayBare(issue);
}

function sayBare(issue: z.core.$ZodIssue): string {
  const line =
    typeof issue.path[2] === 'number'
      ? msg('popup_form_line_prefix', [String(issue.path[2] + 1)])
      : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return msg('popup_form_whole_number');
      return issue.expected === 'number' ? msg('popup_form_number') : issue.message;
    case 'too_small':
      return issue.origin === 'number'
        ? msg('popup_form_at_least', [String(issue.minimum)])
        : msg('popup_form_too_short', [line]);
    case 'too_big':
      if (issue.origin === 'number') return msg('popup_form_at_most', [String(issue.maximum)]);
      if (issue.origin === 'array')
        return msg('popup_form_too_many_lines', [String(issue.maximum)]);
      return msg('popup_form_too_long', [line, String(issue.maximum)]);
    default:
      return issue.message;
  }
}

export type FormResult = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

/** Builds settings from the form on top of `base` (pause and mutes are not on the form). */
export function fromForm(form: SettingsForm, base: Settings): FormResult {
  const errors: FieldErrors = {};
  const send = num(form.send);
  const hold = num(form.hold);
  if (Number.isFinite(send) && Number.isFinite(hold) && hold > send) {
    errors.thresholds = msg('popup_form_thresholds_order', [
      thresholdLabel('hold'),
      String(hold),
      thresholdLabel('send'),
      String(send),
    ]);
  }
  const candidate = {
    ...base,
    gate: form.gate,
    profileRetentionDays: num(form.profileRetentionDays),
    engine: {
      ...base.engine,
      strictness: { send: send - LINE.send, hold: hold - LINE.hold },
      dailyBudget: num(form.dailyBudget),
      hourlyBudget: num(form.hourlyBudget),
      triggerPhrases: lines(form.triggerPhrases),
      trustedDomains: lines(form.trustedDomains, true),
      brandProfile: form.brandProfile.trim(),
    },
  };
  const r = settingsSchema.safeParse(candidate);
  if (!r.success) {
    for (const issue of r.error.issues) {
      const key = fieldOf(issue.path);
      errors[key] ??= say(issue);
    }
  }
  if (Object.keys(errors).length || !r.success) return { ok: false, errors };
  return { ok: true, settings: r.data };
}
