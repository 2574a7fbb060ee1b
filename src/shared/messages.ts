/**
 * The payloads that travel between the content script, the service worker and the popup, as zod
 * schemas parsed on arrival. Which request carries which payload, and which reply it gets, is
 * the map in protocol.ts. Anything that fails validation is answered with `{ok: false, error}`
 * and the receiver keeps working.
 */
import { z } from 'zod';
import { messageSchema, recipientSchema } from '../engine/schema';
import type { Verdict } from '../engine/types';
import { openerSchema } from './opener';

export const handleSchema = z.string().regex(/^[A-Za-z0-9_]{1,15}$/, 'not an X handle');
const conversationId = z.string().max(100).nullable();

export const profileSnapshotSchema = z.strictObject({
  handle: handleSchema,
  name: z.string().max(500).optional(),
  bio: z.string().max(5_000).optional(),
  location: z.string().max(500).optional(),
  url: z.string().max(2_000).optional(),
  category: z.string().max(200).optional(),
  posts: z.array(z.string().max(10_000)).max(500),
});

export const diagnosisSchema = z.strictObject({
  route: z.enum(['chat', 'legacy-dm', 'profile', 'other']),
  composer: z.boolean(),
  sendButton: z.boolean(),
  recipient: z.boolean(),
  messages: z.number().int().nonnegative(),
  profile: z.boolean(),
  surfaces: z
    .array(z.enum(['chat', 'legacy-page', 'legacy-drawer']))
    .max(20)
    .optional(),
  shadowHosts: z.number().int().nonnegative().optional(),
});

/** What the content script knows about the draft in front of the user. */
export const draftContextSchema = z.strictObject({
  draft: z.string().max(200_000),
  conversationId,
  surface: z.enum(['chat', 'legacy-page', 'legacy-drawer']),
  /** The account the DM is sent from (X's side navigation), when the page shows it. */
  account: handleSchema.optional(),
  recipient: recipientSchema.extend({ handle: handleSchema.optional() }),
  messages: z.array(messageSchema).max(500),
});

const evidenceSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });
const sourceSchema = z.enum(['bio', 'post', 'name', 'location', 'url', 'thread', 'brand']);
const quoteSchema = z.object({
  source: sourceSchema,
  index: z.number().optional(),
  text: z.string(),
});

/**
 * `Verdict` (engine/types.ts) as a schema, so replies from the worker are checked too. The type
 * checks below the schema fail to compile when the two drift apart in either direction.
 */
export const verdictSchema = z.object({
  version: z.literal(1),
  score: z.number().min(0).max(100),
  verdict: z.enum(['send', 'revise', 'hold']),
  relevance: z.number().min(0).max(1).nullable(),
  spam: z.number().min(0).max(1),
  context: z.object({
    kind: z.enum(['customer-initiated', 'ongoing', 'cold']),
    openQuestion: z.object({ text: z.string(), index: z.number() }).nullable(),
    theirMessages: z.number(),
    myMessages: z.number(),
  }),
  language: z.object({ code: z.string(), english: z.boolean(), reliable: z.boolean() }),
  signals: z.array(
    z.object({
      id: z.string(),
      axis: z.enum(['spam', 'relevance']),
      severity: z.enum(['good', 'info', 'low', 'medium', 'high']),
      weight: z.number(),
      points: z.number().default(0),
      message: z.string(),
      evidence: z.array(evidenceSchema),
      quotes: z.array(quoteSchema).optional(),
      dismissed: z.literal(true).optional(),
    }),
  ),
  suggestions: z.array(
    z.object({ id: z.string(), text: z.string(), signals: z.array(z.string()) }),
  ),
  interests: z.array(
    z.object({
      label: z.string(),
      source: sourceSchema,
      quote: z.string(),
      index: z.number().optional(),
      weight: z.number(),
      touched: z.boolean(),
    }),
  ),
  engage: z
    .object({
      source: z.enum(['question', 'post', 'bio']),
      index: z.number().optional(),
      text: z.string(),
      engaged: z.boolean(),
    })
    .nullable()
    .default(null),
  ledger: z.object({
    relevance: z.object({
      total: z.number(),
      entries: z.array(z.object({ id: z.string(), points: z.number() })),
    }),
    spam: z.object({
      total: z.number(),
      entries: z.array(z.object({ id: z.string(), points: z.number() })),
    }),
  }),
  skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
  elapsedMs: z.number(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const verdictMatchesEngine: Same<z.output<typeof verdictSchema>, Verdict> = true;
void verdictMatchesEngine;

export type DraftContext = z.infer<typeof draftContextSchema>;
export type ProfileSnapshotMessage = z.infer<typeof profileSnapshotSchema>;
export type VerdictMessage = z.infer<typeof verdictSchema>;

/** Reply payloads the content script and popup rely on. */
export const scoreReplySchema = z.object({
  verdict: verdictSchema.nullable(),
  /** True when the user paused Worthy here: show nothing, gate nothing. */
  paused: z.boolean(),
  gate: z.enum(['off', 'warn', 'hold', 'strict']),
  /** False when IndexedDB is unavailable: guidance works, memory is off. */
  memory: z.boolean(),
  /**
   * The verdict the gate acts on when it is milder than `verdict.verdict`: set on a score taken
   * before the word vectors were loaded, whose relevance penalties cannot hold a send
   * (background/unmeasured.ts).
   */
  gateVerdict: z.enum(['send', 'revise', 'hold']).optional(),
});
export type ScoreReply = z.infer<typeof scoreReplySchema>;

/** `get-tab-state` reply: what the popup shows for the x.com tab in front of the user. */
export const tabStateSchema = z.object({
  /** The draft as last scored (kept in session storage only, for highlighting its evidence). */
  draft: z.string().max(200_000),
  recipient: z.object({ handle: z.string().optional(), name: z.string().optional() }),
  /** The conversation the draft is in, so the popup's "not an issue here" knows where it is. */
  conversationId: z.string().max(100).nullable().optional(),
  verdict: verdictSchema.nullable(),
  diagnosis: diagnosisSchema.nullable(),
  paused: z.boolean(),
  memory: z.boolean(),
  updatedAt: z.number(),
  /** The last opener line offered in the card, with the draft it was for (popup copy). */
  opener: openerSchema
    .extend({ draft: z.string().max(200_000) })
    .nullable()
    .optional(),
});
export type TabState = z.infer<typeof tabStateSchema>;

const counts = z.object({
  sent: z.number().int().nonnegative(),
  held: z.number().int().nonnegative(),
  overridden: z.number().int().nonnegative(),
  /** Sends the gate let through without a verdict (the worker did not answer in time). */
  unchecked: z.number().int().nonnegative(),
});

/** `get-history-summary` reply: the history view's figures. No message text, ever. */
export const historySummarySchema = z.object({
  today: counts,
  week: counts,
  dailyBudget: z.number().int().positive(),
  perDay: z.array(counts.extend({ day: z.string() })).max(31),
  topSignals: z.array(z.object({ id: z.string(), count: z.number().int() })).max(20),
  templates: z
    .array(z.object({ recipients: z.number().int(), count: z.number().int(), lastAt: z.number() }))
    .max(50),
  storage: z.object({
    available: z.boolean(),
    reason: z.string().optional(),
    counts: z.object({ profiles: z.number().int(), sends: z.number().int() }),
  }),
});
export type HistorySummary = z.infer<typeof historySummarySchema>;
