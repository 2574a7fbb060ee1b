/**
 * Every key of a value that its schema does not know, at any depth: `engine.tresholds`,
 * `mutedPeople.111-222.nmae`. Zod reports unknown keys only for strict objects, and its first
 * issue only names one place; an imported file should be refused with all of its misspellings
 * named at once, including inside maps and lists whose entries are plain (stripping) objects,
 * where zod would drop them silently.
 */
import { z } from 'zod';

/** At most this many are named; a hostile file could hold millions. */
const MAX_NAMED = 20;

function inner(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (
      s instanceof z.ZodDefault ||
      s instanceof z.ZodOptional ||
      s instanceof z.ZodNullable ||
      s instanceof z.ZodReadonly ||
      s instanceof z.ZodCatch
    ) {
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      // A preprocess checks its output schema; a transform its input schema.
      const out = s.out as z.ZodType;
      s = out instanceof z.ZodTransform ? (s.in as z.ZodType) : out;
    } else return s;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(schema: z.ZodType, value: unknown, path: string, out: string[]): void {
  if (out.length > MAX_NAMED) return;
  const s = inner(schema);
  const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (s instanceof z.ZodObject && isObject(value)) {
    const shape = s.shape as Record<string, z.ZodType>;
    // An object that accepts any extra key (`.catchall()` / `.passthrough()`) has none unknown.
    const open = s._zod.def.catchall !== undefined && !(s._zod.def.catchall instanceof z.ZodNever);
    for (const [k, v] of Object.entries(value)) {
      if (out.length > MAX_NAMED) return;
      if (Object.hasOwn(shape, k)) walk(shape[k]!, v, at(k), out);
      else if (!open) out.push(at(k));
    }
  } else if (s instanceof z.ZodRecord && isObject(value)) {
    for (const [k, v] of Object.entries(value))
      walk(s._zod.def.valueType as z.ZodType, v, at(k), out);
  } else if (s instanceof z.ZodArray && Array.isArray(value)) {
    for (let i = 0; i < value.length && out.length <= MAX_NAMED; i++) {
      walk(s.element as z.ZodType, value[i], at(i), out);
    }
  }
}

export function unknownKeys(schema: z.ZodType, value: unknown, path = ''): string[] {
  const out: string[] = [];
  walk(schema, value, path, out);
  return out;
}

/** `a.b, c: unknown field`, in the wording of `describeZodError`; null when there are none. */
export function describeUnknownKeys(keys: readonly string[]): string | null {
  if (keys.length === 0) return null;
  const named = keys.slice(0, MAX_NAMED).join(', ');
  const more = keys.length > MAX_NAMED ? ' and more' : '';
  return `${named}${more}: unknown field${keys.length === 1 ? '' : 's'}`;
}
