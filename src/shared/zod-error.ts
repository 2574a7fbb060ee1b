/** One line for the first problem zod found, naming the field: `<path>: <what>`. */
import type { z } from 'zod';

/**
 * An unknown key reads `<path>.<key>: unknown field`, the wording of the engine's `parseInput`,
 * so a misplaced field says the same thing wherever it is caught.
 */
export function describeZodError(error: z.ZodError, whole = 'message'): string {
  const issue = error.issues[0];
  if (!issue) return `invalid ${whole}`;
  if (issue.code === 'unrecognized_keys') {
    return `${issue.keys.map((k) => [...issue.path, k].join('.')).join(', ')}: unknown field`;
  }
  const where = issue.path.length ? issue.path.join('.') : whole;
  return `${where}: ${issue.message}`;
}
