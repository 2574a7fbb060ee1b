/**
 * The engine's input contract. Everything that reaches `score()` passes through these schemas,
 * so a malformed line from the CLI or a stale message from an old content script is rejected
 * with a message naming the field, never half-read.
 */
import { z } from 'zod';
import { HOLD_BELOW, MAX_STRICTNESS, SEND_AT } from './model/lines';

// Extension pages and content scripts forbid eval; without this zod probes `new Function` at
// load time (harmlessly blocked by the CSP, but noise in audits and a policy-scanner warning).
z.config({ jitless: true });

/** Timestamps are accepted as epoch milliseconds or ISO 8601 strings and normalised to ms. */
export const timestampSchema = z.union([
  z.number().finite().nonnegative(),
  z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not a valid date' })
    .transform((s) => Date.parse(s)),
]);

/** Hard cap so a pathological paste cannot stall the worker; longer drafts are still judged. */
export const MAX_DRAFT_CHARS = 200_000;
const MAX_FIELD_CHARS = 50_000;

export const recipientSchema = z.strictObject({
  handle: z.string().max(64).optional(),
  name: z.string().max(500).optional(),
  bio: z.string().max(MAX_FIELD_CHARS).optional(),
  location: z.string().max(500).optional(),
  url: z.string().max(2_000).optional(),
  posts: z.array(z.string().max(MAX_FIELD_CHARS)).max(5_000).optional(),
});

export const messageSchema = z.strictObject({
  from: z.enum(['me', 'them']),
  text: z.string().max(MAX_DRAFT_CHARS),
  at: timestampSchema.optional(),
});

/**
 * One earlier send. The extension stores a fingerprint instead of the text (privacy); the CLI
 * and tests may pass the text and let the engine fingerprint it.
 */
export const historyEntrySchema = z
  .strictObject({
    recipient: z.string().min(1).max(64),
    text: z.string().max(MAX_DRAFT_CHARS).optional(),
    fingerprint: z.string().max(4_096).optional(),
    /** Hashes of the normalised links the message carried (see `text/fingerprint.ts`). */
    links: z.array(z.string().max(64)).max(100).optional(),
    at: timestampSchema,
  })
  .refine((e) => e.text !== undefined || e.fingerprint !== undefined, {
    message: 'a history entry needs `text` or `fingerprint`',
  });

/**
 * The user's strictness: how far each verdict line moves from where the fit put it (70 for
 * "worth sending", 40 for "not worth sending"), in score points. Positive asks more of a draft.
 */
export const strictnessSchema = z
  .strictObject({
    /** Added to the send line: +10 means a draft needs 80 to be worth sending. */
    send: z.number().int().min(-MAX_STRICTNESS).max(MAX_STRICTNESS).default(0),
    /** Added to the hold line: +10 means drafts under 50 are held. */
    hold: z.number().int().min(-MAX_STRICTNESS).max(MAX_STRICTNESS).default(0),
  })
  .refine((s) => HOLD_BELOW + s.hold <= SEND_AT + s.send, {
    message: 'strictness: the hold line must not rise above the send line',
  });

/**
 * Settings from before the fitted lines (version 1, and CLI inputs written then) held absolute
 * `thresholds`; they become offsets from the fitted lines, clamped to the allowed range. Returns
 * the value unchanged when there is nothing to migrate.
 */
export function migrateEngineSettings(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const { thresholds, ...rest } = raw as Record<string, unknown>;
  if (thresholds === undefined || 'strictness' in rest) return raw;
  if (typeof thresholds !== 'object' || thresholds === null) return raw;
  const t = thresholds as { send?: unknown; hold?: unknown };
  const offset = (v: unknown, line: number) =>
    typeof v === 'number' && Number.isFinite(v)
      ? Math.max(-MAX_STRICTNESS, Math.min(MAX_STRICTNESS, Math.round(v - line)))
      : 0;
  const send = offset(t.send, SEND_AT);
  // Keep the order rule true after clamping.
  const hold = Math.min(offset(t.hold, HOLD_BELOW), SEND_AT + send - HOLD_BELOW);
  return { ...rest, strictness: { send, hold } };
}

export const engineSettingsSchema = z.strictObject({
  strictness: strictnessSchema.default({ send: 0, hold: 0 }),
  /** The user's own phrases that should count as pushy (case-insensitive, matched on words). */
  triggerPhrases: z.array(z.string().min(1).max(200)).max(500).default([]),
  /** Domains whose links never count against the draft (the brand's own site). */
  trustedDomains: z.array(z.string().min(1).max(253)).max(500).default([]),
  /** DMs per day before pace warnings; X is reported to cap at about 500. */
  dailyBudget: z.number().int().min(1).max(10_000).default(100),
  /** DMs per hour to new contacts before the burst warning. */
  hourlyBudget: z.number().int().min(1).max(10_000).default(20),
  /** What the sending account is about; helps judge whether an offer fits the recipient. */
  brandProfile: z.string().max(5_000).default(''),
});

/**
 * Counts a host keeps as it records sends, so it can pass the engine only the few history entries
 * that could match (see `text/bands.ts`) instead of the whole history. When absent, the engine
 * counts from `history`; both ways give the same verdict for the same sends.
 */
export const sendStatsSchema = z.strictObject({
  /** Sends in the 24 hours before `now`. */
  sentLastDay: z.number().int().nonnegative(),
  /** Distinct recipients first messaged within the hour before `now`. */
  newContactsLastHour: z.number().int().nonnegative(),
  /** Distinct recipients first messaged within the burst window (10 minutes) before `now`. */
  newContactsLastBurst: z.number().int().nonnegative(),
  /** Whether this recipient was ever messaged before (within the host's retention). */
  contactedBefore: z.boolean(),
});

export const engineInputSchema = z.strictObject({
  draft: z.string().max(MAX_DRAFT_CHARS),
  recipient: recipientSchema.optional(),
  messages: z.array(messageSchema).max(10_000).optional(),
  history: z.array(historyEntrySchema).max(100_000).optional(),
  sendStats: sendStatsSchema.optional(),
  // Inputs written for version 1 (absolute `thresholds`) still score, on the migrated lines.
  settings: z.preprocess(migrateEngineSettings, engineSettingsSchema.partial()).optional(),
  now: timestampSchema.optional(),
  /** A language hint (BCP 47 primary tag) from the browser's detector, when one is available. */
  language: z.string().min(2).max(16).optional(),
  /**
   * Signal ids the user set aside here ("not an issue here"; old ids of renamed signals count).
   * They stay in the verdict marked `dismissed`, with no points (see dismiss.ts).
   */
  dismissed: z.array(z.string().min(1).max(100)).max(1_000).optional(),
});

export type Recipient = z.infer<typeof recipientSchema>;
export type ThreadMessage = z.output<typeof messageSchema>;
export type HistoryEntry = z.output<typeof historyEntrySchema>;
export type SendStats = z.output<typeof sendStatsSchema>;
export type EngineSettings = z.output<typeof engineSettingsSchema>;
export type EngineInput = z.input<typeof engineInputSchema>;
export type ParsedInput = z.output<typeof engineInputSchema>;

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = engineSettingsSchema.parse({});
