/**
 * The one map of every message between the content script, the service worker and the popup:
 * for each request type, the request's schema, the reply's schema and who may send it. Both ends
 * are typed from it (`RequestOf`, `ReplyOf`): the router gives each handler its request and
 * expects its reply type, and `request()` in messaging.ts parses the reply with the schema the
 * type names. Requests are strict, so a misplaced field is an error naming it, never dropped.
 */
import { z } from 'zod';
import { backupSchema, restoreSummarySchema } from './backup';
import { DISMISS_SCOPES, dismissalSchema, placeSchema } from './dismissals';
import {
  diagnosisSchema,
  draftContextSchema,
  handleSchema,
  historySummarySchema,
  profileSnapshotSchema,
  scoreReplySchema,
  tabStateSchema,
} from './messages';
import { openerSchema } from './opener';
import { settingsSchema } from './settings';
import { settingsPatchSchema } from './settings-patch';
import { describeZodError } from './zod-error';

export { describeZodError };

/** Who may send a request: the content script on an x.com tab, Worthy's own pages, or either. */
export type Sender = 'content' | 'page' | 'any';

function route<T extends string, S extends z.ZodRawShape, R extends z.ZodType>(
  type: T,
  from: Sender,
  fields: S,
  reply: R,
) {
  return { from, request: z.strictObject({ type: z.literal(type), ...fields }), reply };
}

const none = z.null();
const verdictKind = z.enum(['send', 'revise', 'hold']);

export const PROTOCOL = {
  /** cs → worker: score this draft (the worker adds the remembered profile, history, settings). */
  'score-draft': route('score-draft', 'content', { context: draftContextSchema }, scoreReplySchema),
  /** cs → worker: the user viewed a profile; remember what it showed. */
  'profile-seen': route('profile-seen', 'content', { profile: profileSnapshotSchema }, none),
  /**
   * cs → worker: a DM went out (the worker stores a fingerprint, never the text). `verdict` is
   * null when the gate gave up waiting and let it through unchecked.
   */
  'send-recorded': route(
    'send-recorded',
    'content',
    {
      context: draftContextSchema,
      verdict: verdictKind.nullable(),
      held: z.boolean(),
      overridden: z.boolean(),
    },
    none,
  ),
  /** cs → worker: the user turned Worthy off for this conversation (from the panel). */
  'mute-conversation': route(
    'mute-conversation',
    'content',
    { conversationId: z.string().min(1).max(100) },
    settingsSchema,
  ),
  /** cs → worker: what the adapter found on the page, for the popup. */
  'page-status': route('page-status', 'content', { diagnosis: diagnosisSchema }, none),
  /** popup → worker: the latest guidance for a tab. */
  'get-tab-state': route(
    'get-tab-state',
    'page',
    { tabId: z.number().int() },
    tabStateSchema.nullable(),
  ),
  'get-settings': route('get-settings', 'page', {}, settingsSchema),
  /**
   * popup → worker: the fields the user changed, applied to the settings as stored (never a
   * whole settings object, which would undo a mute made meanwhile: shared/settings-patch.ts).
   */
  'patch-settings': route('patch-settings', 'page', { patch: settingsPatchSchema }, settingsSchema),
  /** popup → worker: turn Worthy back on in one conversation (the muted list). */
  'unmute-conversation': route(
    'unmute-conversation',
    'page',
    { conversationId: z.string().min(1).max(100) },
    settingsSchema,
  ),
  /**
   * popup → worker: "Count again" on one listed choice: exactly that one is removed from the list
   * as stored now (a choice made from a card meanwhile stays).
   */
  'forget-dismissal': route(
    'forget-dismissal',
    'page',
    { dismissal: dismissalSchema },
    settingsSchema,
  ),
  /** popup → worker: storage overview, backup, restore and deletion. */
  'get-history-summary': route('get-history-summary', 'page', {}, historySummarySchema),
  'export-data': route('export-data', 'page', {}, backupSchema),
  'restore-data': route('restore-data', 'page', { backup: backupSchema }, restoreSummarySchema),
  'delete-all-data': route('delete-all-data', 'page', {}, none),
  'delete-recipient': route('delete-recipient', 'page', { handle: handleSchema }, none),
  /**
   * cs → worker: a DM composer appeared; inject the overlay script (badge, card) into the
   * sender's frame. The reply comes once the script has run.
   */
  'load-ui': route('load-ui', 'content', {}, none),
  /**
   * card or popup → worker: "not an issue here" on a reason, for this conversation, this
   * recipient or everywhere (a safety reason: this conversation only). Answers the new settings.
   */
  'dismiss-signal': route(
    'dismiss-signal',
    'any',
    { signal: z.string().min(1).max(64), scope: z.enum(DISMISS_SCOPES), place: placeSchema },
    settingsSchema,
  ),
  /** card or popup → worker: undo; the reason counts again wherever a choice set it aside here. */
  'restore-signal': route(
    'restore-signal',
    'any',
    { signal: z.string().min(1).max(64), place: placeSchema },
    settingsSchema,
  ),
  /** cs → worker: an opener line built from what the recipient posted, scored `send`, or null. */
  'suggest-opener': route(
    'suggest-opener',
    'content',
    { context: draftContextSchema },
    openerSchema.nullable(),
  ),
  /** either → worker: "are you there"; the content script sends it to wake the worker early. */
  ping: route('ping', 'any', {}, z.object({ pong: z.literal(true) })),
} as const;

export type Protocol = typeof PROTOCOL;
export type RequestType = keyof Protocol;
export type RequestOf<K extends RequestType> = z.output<Protocol[K]['request']>;
export type ReplyOf<K extends RequestType> = z.output<Protocol[K]['reply']>;
export type Request = { [K in RequestType]: RequestOf<K> }[RequestType];

/** Every reply has this envelope; `data` is checked by the receiver against the type's reply. */
export const replySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof replySchema>;

export function isRequestType(t: unknown): t is RequestType {
  return typeof t === 'string' && Object.hasOwn(PROTOCOL, t);
}

/** Parses an incoming request; the error names the field for the sender's log. */
export function parseRequest(
  raw: unknown,
): { ok: true; request: Request } | { ok: false; error: string } {
  const type = (raw as { type?: unknown } | null | undefined)?.type;
  if (!isRequestType(type)) {
    return { ok: false, error: `type: not a known request type (${JSON.stringify(type)})` };
  }
  const r = PROTOCOL[type].request.safeParse(raw);
  return r.success
    ? { ok: true, request: r.data as Request }
    : { ok: false, error: describeZodError(r.error) };
}
