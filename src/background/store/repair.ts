/**
 * Field-by-field repair of stored settings (Dark Reader's validation.ts, in zod): a bad value
 * falls back to its default and the rest of the user's choices survive. Used on values read
 * from storage; imports are not repaired but rejected whole (see settings.ts).
 */
import { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  parseSettings,
  type Settings,
  settingsSchema,
} from '../../shared/settings';

export interface Repaired {
  settings: Settings;
  /** One line per field that was reset, e.g. `engine.dailyBudget: Too small…`; empty when clean. */
  notes: string[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function objectOf(schema: z.ZodType): z.ZodObject | null {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodObject ? s : null;
}

function firstIssue(e: z.ZodError): string {
  return e.issues[0]?.message ?? 'invalid';
}

/** Repairs `raw` against `schema` one key at a time; a field that cannot be kept gets its default. */
function repairObject(
  schema: z.ZodObject,
  raw: Record<string, unknown>,
  path: string,
  notes: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const where = path ? `${path}.${key}` : key;
    const value = raw[key];
    const direct = field.safeParse(value);
    if (direct.success) {
      if (direct.data !== undefined) out[key] = direct.data;
      continue;
    }
    const inner = objectOf(field);
    if (inner && isPlainObject(value)) {
      const fixed = repairObject(inner, value, where, notes);
      const again = field.safeParse(fixed);
      if (again.success) {
        out[key] = again.data;
        continue;
      }
      // A rule across fields (the hold line ≤ the send line) still fails: reset the group.
      notes.push(`${where}: ${firstIssue(again.error)}`);
    } else {
      notes.push(`${where}: ${firstIssue(direct.error)}`);
    }
    const fallback = field.safeParse(undefined);
    if (fallback.success && fallback.data !== undefined) out[key] = fallback.data;
  }
  for (const key of Object.keys(raw)) {
    if (!(key in schema.shape))
      notes.push(`${path ? `${path}.` : ''}${key}: unknown setting dropped`);
  }
  return out;
}

export function repairSettings(stored: unknown): Repaired {
  // An older version's fields are carried over first, so they are repaired, not dropped.
  const raw = migrateSettings(stored);
  const clean = parseSettings(raw);
  if (clean.ok) return { settings: clean.settings, notes: [] };
  if (!isPlainObject(raw)) {
    return { settings: DEFAULT_SETTINGS, notes: ['settings: not an object, using defaults'] };
  }
  const notes: string[] = [];
  const fixed = parseSettings(repairObject(settingsSchema, raw, '', notes));
  // Cannot fail while every field has a default; the fallback keeps that an assumption, not a crash.
  return fixed.ok
    ? { settings: fixed.settings, notes }
    : { settings: DEFAULT_SETTINGS, notes: [...notes, `settings: ${fixed.error}`] };
}
