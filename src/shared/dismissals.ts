/**
 * "Not an issue here": the user's choices to set a reason aside, for one conversation, for one
 * recipient or everywhere. Kept in the settings (so they sync, export and import with them),
 * keyed by stable signal ids (`canonicalId` reads a renamed signal's old id).
 *
 * The safety rule lives here, in the schema, so no path can break it (the card, the popup, an
 * imported file, a forged message): a safety reason (phishing, lookalike domains, requests for
 * card numbers, codes or passwords…) may be set aside for one conversation only.
 */
import { z } from 'zod';
import { canonicalId } from '../engine/registry';
import {
  allowedScopes,
  DISMISS_SCOPES,
  type DismissScope,
  HANDLE,
  keyAt,
  type Place,
} from './dismiss-scopes';

export {
  allowedScopes,
  DISMISS_SCOPES,
  type DismissScope,
  isSafetySignal,
  keyAt,
  type Place,
  scopesAt,
} from './dismiss-scopes';

/** Plenty for a person's choices, small enough that settings still fit chrome.storage.sync. */
export const MAX_DISMISSALS = 300;

export const dismissalSchema = z
  .strictObject({
    /** The signal's id when it was set aside (an old id still applies after a rename). */
    signal: z.string().regex(/^[a-z0-9-]{1,64}$/, 'not a signal id'),
    scope: z.enum(DISMISS_SCOPES),
    /** The conversation id, or the recipient's handle in lower case; '' for everywhere. */
    key: z.string().max(100),
    /** Who the conversation or recipient is, as the page showed it, so Settings can name them. */
    who: z
      .strictObject({ handle: z.string().max(15).optional(), name: z.string().max(100).optional() })
      .optional(),
    /** When it was set aside (epoch ms). */
    at: z.number().int().nonnegative(),
  })
  .superRefine((d, ctx) => {
    if (!allowedScopes(d.signal).includes(d.scope)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scope'],
        message: `${d.signal} protects the recipient: it can be set aside for one conversation only`,
      });
    }
    const keyed = d.scope !== 'everywhere';
    if (keyed !== (d.key !== '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['key'],
        message: keyed ? `a ${d.scope} choice needs its key` : 'an everywhere choice has no key',
      });
    }
    if (d.scope === 'recipient' && !HANDLE.test(d.key)) {
      ctx.addIssue({ code: 'custom', path: ['key'], message: 'not an X handle' });
    }
  });

export type Dismissal = z.output<typeof dismissalSchema>;

export const dismissalsSchema = z.array(dismissalSchema).max(MAX_DISMISSALS);

export const placeSchema = z.strictObject({
  conversationId: z.string().min(1).max(100).nullable(),
  handle: z.string().regex(HANDLE, 'not an X handle').optional(),
  name: z.string().max(500).optional(),
});

/** Whether choice `d` applies to a draft written at `place`. */
export function appliesAt(d: Dismissal, place: Place): boolean {
  const key = keyAt(d.scope, place);
  return key !== null && key === d.key;
}

/** The ids the engine should set aside at `place` (its `dismissed` input), each once. */
export function dismissedAt(list: readonly Dismissal[], place: Place): string[] {
  return [...new Set(list.filter((d) => appliesAt(d, place)).map((d) => d.signal))];
}

const sameSignal = (a: string, b: string): boolean =>
  (canonicalId(a) ?? a) === (canonicalId(b) ?? b);

export type Change =
  | { ok: true; list: Dismissal[]; dismissal: Dismissal }
  | { ok: false; error: string };

/**
 * `list` with `signal` set aside for `scope` at `place`. Refused (with the reason) when the scope
 * is not allowed for that signal or not known here. An earlier identical choice is replaced; the
 * oldest choices go first when the list is full.
 */
export function dismiss(
  list: readonly Dismissal[],
  signal: string,
  scope: DismissScope,
  place: Place,
  now: number,
): Change {
  const key = keyAt(scope, place);
  if (key === null) return { ok: false, error: `no ${scope} here to set ${signal} aside for` };
  const who = scope === 'everywhere' ? undefined : whoOf(place);
  const parsed = dismissalSchema.safeParse({
    signal,
    scope,
    key,
    at: now,
    ...(who ? { who } : {}),
  });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid' };
  const rest = list.filter(
    (d) => !(sameSignal(d.signal, signal) && d.scope === scope && d.key === key),
  );
  const next = [...rest, parsed.data].slice(-MAX_DISMISSALS);
  return { ok: true, list: next, dismissal: parsed.data };
}

/** `list` without every choice that sets `signal` aside at `place`: it counts here again. */
export function restore(list: readonly Dismissal[], signal: string, place: Place): Dismissal[] {
  return list.filter((d) => !(sameSignal(d.signal, signal) && appliesAt(d, place)));
}

/** `list` without exactly this choice (Settings' list). */
export function without(list: readonly Dismissal[], gone: Dismissal): Dismissal[] {
  return list.filter(
    (d) => !(d.signal === gone.signal && d.scope === gone.scope && d.key === gone.key),
  );
}

function whoOf(place: Place): Dismissal['who'] | undefined {
  const handle = place.handle?.slice(0, 15);
  const name = place.name?.trim().slice(0, 100);
  if (!handle && !name) return undefined;
  return { ...(handle ? { handle } : {}), ...(name ? { name } : {}) };
}
