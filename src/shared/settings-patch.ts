/**
 * Settings change by field, never by whole object. The popup sends only the fields the user
 * changed and the worker applies them to the settings as stored at that moment (store/
 * settings-store.ts `updateSettings`, the one writer), so muting from the card while the popup is
 * open and then saving the popup's form keeps both: a whole-object write from either side would
 * put back the other's stale copy.
 *
 * The patch schema is derived from `settingsSchema`, so a field added there is patchable at once.
 * Defaults are removed (an absent field means "leave it", not "reset it"), objects such as
 * `engine` patch field by field, and anything else (lists, maps) is replaced whole.
 */
import { z } from 'zod';
import { type Settings, settingsSchema } from './settings';

function withoutDefault(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** Field names whose value is an object patched one field at a time (`engine`). */
const NESTED = new Set(
  Object.entries(settingsSchema.shape)
    .filter(([, s]) => withoutDefault(s as z.ZodType) instanceof z.ZodObject)
    .map(([k]) => k),
);

function patchOf(shape: Record<string, z.ZodType>, nested: ReadonlySet<string>): z.ZodObject {
  const fields: Record<string, z.ZodType> = {};
  for (const [k, s] of Object.entries(shape)) {
    if (k === 'version') continue;
    const inner = withoutDefault(s);
    fields[k] = (
      nested.has(k) && inner instanceof z.ZodObject
        ? patchOf(inner.shape as Record<string, z.ZodType>, new Set())
        : inner
    ).optional();
  }
  // Strict: a misspelled field in a patch is an error naming it, never silently ignored.
  return z.strictObject(fields);
}

export const settingsPatchSchema = patchOf(
  settingsSchema.shape as unknown as Record<string, z.ZodType>,
  NESTED,
) as z.ZodType<SettingsPatch>;

/** Any top-level field, and the fields of `engine` one by one. */
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'engine'>> & {
  engine?: Partial<Settings['engine']>;
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The settings with the patch applied (not yet validated: the writer checks the whole). */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): unknown {
  const out: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    const here = out[k];
    out[k] = NESTED.has(k) && isObject(here) && isObject(v) ? { ...here, ...v } : v;
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ from `before` to `after`: what a save needs to send. */
export function settingsPatchOf(before: Settings, after: Settings): SettingsPatch {
  const patch: Record<string, unknown> = {};
  const b = before as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(after)) {
    if (k === 'version' || same(b[k], v)) continue;
    if (NESTED.has(k) && isObject(v) && isObject(b[k])) {
      const old = b[k] as Record<string, unknown>;
      patch[k] = Object.fromEntries(Object.entries(v).filter(([f, x]) => !same(old[f], x)));
    } else patch[k] = v;
  }
  return patch as SettingsPatch;
}

/** Conversations muted from the card: added to the list, with who it is with when known. */
export function withMute(
  s: Settings,
  conversationId: string,
  who: { handle?: string | undefined; name?: string | undefined },
): Settings {
  if (s.mutedConversations.includes(conversationId)) return s;
  const person = Object.fromEntries(Object.entries(who).filter(([, v]) => v));
  return {
    ...s,
    mutedConversations: [...s.mutedConversations, conversationId],
    mutedPeople: Object.keys(person).length
      ? { ...s.mutedPeople, [conversationId]: person }
      : s.mutedPeople,
  };
}

/** Turns Worthy back on in one conversation, leaving every other mute as stored. */
export function withoutMute(s: Settings, conversationId: string): Settings {
  const { [conversationId]: _gone, ...people } = s.mutedPeople;
  return {
    ...s,
    mutedConversations: s.mutedConversations.filter((c) => c !== conversationId),
    mutedPeople: people,
  };
}
