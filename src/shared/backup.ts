/**
 * The backup file: everything Worthy keeps, as one versioned JSON document the user can save
 * ("Export all my data") and restore on another machine. docs/backup-format.md describes it.
 *
 * Only what cannot be derived is in the file: index fields (band keys, newest-first keys) are
 * rebuilt from the fingerprints on restore and are never trusted from a file. The schema is
 * checked in the popup (to say at once what is wrong) and again in the worker (which writes).
 *
 * Version 0 is the export of earlier releases (`"kind": "worthy-data"`, no version, no sending
 * account, no contacts): it is accepted and upgraded, so older exports still restore.
 */
import { z } from 'zod';
import { parseJsonObject } from './json-file';
import {
  ACCOUNT_KEY,
  CONVERSATION_ID,
  DAY_KEY,
  FINGERPRINT,
  LINK_HASH,
  MAX_BIO_CHARS,
  MAX_FIELD_CHARS,
  MAX_FINGERPRINT_CHARS,
  MAX_LINKS,
  MAX_POST_CHARS,
  MAX_POSTS,
  MAX_SIGNALS,
  RECIPIENT_KEY,
  SIGNAL_ID,
} from './record-formats';
import { migrateSettings, settingsSchema } from './settings';
import { describeUnknownKeys, unknownKeys } from './unknown-keys';
import { describeZodError } from './zod-error';

export const BACKUP_KIND = 'worthy-backup';
export const BACKUP_VERSION = 1;
/** Far above 90 days at X's ~500 DMs a day; a bound so a hostile file cannot exhaust memory. */
export const MAX_BACKUP_SENDS = 200_000;
const MAX_PROFILES = 100_000;
const MAX_DAYS = 10_000;

const time = z.number().finite().nonnegative();
const field = z.string().max(MAX_FIELD_CHARS).optional();

export const backupProfileSchema = z.strictObject({
  handle: z.string().regex(RECIPIENT_KEY, 'not a handle'),
  name: field,
  bio: z.string().max(MAX_BIO_CHARS).optional(),
  location: field,
  url: field,
  category: field,
  posts: z.array(z.string().max(MAX_POST_CHARS)).max(MAX_POSTS),
  seenAt: time,
  expiresAt: time,
});

const sendFields = {
  recipient: z.string().regex(RECIPIENT_KEY, 'not a recipient key'),
  at: time,
  held: z.boolean(),
  overridden: z.boolean(),
  fingerprint: z
    .string()
    .max(MAX_FINGERPRINT_CHARS)
    .regex(FINGERPRINT, 'not a fingerprint (message text is never part of a backup)'),
  links: z.array(z.string().regex(LINK_HASH, 'not a link hash')).max(MAX_LINKS),
  signals: z.array(z.string().regex(SIGNAL_ID, 'not a signal id')).max(MAX_SIGNALS),
  conversationId: z.string().regex(CONVERSATION_ID, 'not a conversation id').optional(),
};

export const backupSendSchema = z.strictObject({
  account: z.string().regex(ACCOUNT_KEY, 'not a lower-cased handle'),
  ...sendFields,
  /** `unchecked`: the gate let it through without a verdict. */
  verdict: z.enum(['send', 'revise', 'hold', 'unchecked']),
});

export const backupContactSchema = z
  .strictObject({
    account: z.string().regex(ACCOUNT_KEY, 'not a lower-cased handle'),
    recipient: z.string().regex(RECIPIENT_KEY, 'not a recipient key'),
    firstAt: time,
    lastAt: time,
  })
  .refine((c) => c.firstAt <= c.lastAt, { message: 'firstAt is after lastAt' });

const count = z.number().int().nonnegative();
export const backupDaySchema = z.strictObject({
  day: z.string().regex(DAY_KEY, 'not a YYYY-MM-DD day'),
  count,
  held: count,
  overridden: count,
  unchecked: count.default(0),
});

const versionOne = z.strictObject({
  kind: z.literal(BACKUP_KIND),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string().max(64),
  settings: settingsSchema.strict(),
  profiles: z.array(backupProfileSchema).max(MAX_PROFILES),
  sends: z.array(backupSendSchema).max(MAX_BACKUP_SENDS),
  contacts: z.array(backupContactSchema).max(MAX_BACKUP_SENDS),
  daily: z.array(backupDaySchema).max(MAX_DAYS),
});

/** The export of releases before backups had a version (`kind: "worthy-data"`). */
const versionZero = z
  .strictObject({
    kind: z.literal('worthy-data'),
    exportedAt: z.string().max(64),
    settings: settingsSchema.strict(),
    profiles: z.array(backupProfileSchema).max(MAX_PROFILES),
    sends: z
      .array(
        z.strictObject({
          id: z.number().int().optional(),
          ...sendFields,
          verdict: z.enum(['send', 'revise', 'hold']),
        }),
      )
      .max(MAX_BACKUP_SENDS),
    daily: z.array(backupDaySchema).max(MAX_DAYS),
  })
  .transform(
    (old): Backup => ({
      kind: BACKUP_KIND,
      version: BACKUP_VERSION,
      exportedAt: old.exportedAt,
      settings: old.settings,
      profiles: old.profiles,
      // Those releases did not know the sending account; the contacts are rebuilt on restore.
      sends: old.sends.map(({ id: _id, ...s }) => ({ ...s, account: '' })),
      contacts: [],
      daily: old.daily,
    }),
  );

export type Backup = z.output<typeof versionOne>;
export type BackupSend = Backup['sends'][number];
export type BackupProfile = Backup['profiles'][number];
export type BackupContact = Backup['contacts'][number];
export type BackupDay = Backup['daily'][number];

/** The current version: what export writes, and what the popup hands the worker to restore. */
export const backupSchema = versionOne;

/** What a restore wrote, for the popup's confirmation. */
export const restoreSummarySchema = z.strictObject({
  sends: count,
  profiles: count,
  contacts: count,
  days: count,
});
export type RestoreSummary = z.output<typeof restoreSummarySchema>;

export type BackupParse = { ok: true; backup: Backup } | { ok: false; error: string };

/** Parses a backup file's text; the error says what is wrong and where. */
export function parseBackupFile(text: string): BackupParse {
  const file = parseJsonObject(text, 'a Worthy backup');
  if (!file.ok) return file;
  const { json } = file;
  const { kind, version } = json;
  if (kind !== BACKUP_KIND && kind !== 'worthy-data') {
    return { ok: false, error: `not a Worthy backup (missing "kind": "${BACKUP_KIND}")` };
  }
  if (kind === BACKUP_KIND && version !== BACKUP_VERSION) {
    return {
      ok: false,
      error: `backup version ${JSON.stringify(version)} is not one this Worthy reads (${BACKUP_VERSION}); update Worthy first`,
    };
  }
  // Checked against the one schema its kind names, so the error is about that schema's fields;
  // every key it does not know is named first, at any depth.
  const schema = kind === BACKUP_KIND ? versionOne : versionZero;
  const unknown = describeUnknownKeys(
    unknownKeys(schema, { ...json, settings: migrateSettings(json.settings) }),
  );
  if (unknown) return { ok: false, error: unknown };
  const r = schema.safeParse(json);
  return r.success
    ? { ok: true, backup: r.data }
    : { ok: false, error: describeZodError(r.error, 'backup') };
}

export function backupFile(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
