/**
 * The user's settings: one schema with defaults and a version. Stored in chrome.storage.sync so
 * they follow the user's Chrome profile; imported files go through `parseSettingsFile`, which
 * rejects a bad file with a message and never half-applies it.
 */
import { z } from 'zod';
import { engineSettingsSchema, migrateEngineSettings } from '../engine/schema';
import { dismissalsSchema } from './dismissals';
import { parseJsonObject } from './json-file';
import { describeUnknownKeys, unknownKeys } from './unknown-keys';
import { describeZodError } from './zod-error';

/**
 * 2: strictness became offsets from the fitted verdict lines (`engine.strictness`) instead of
 * absolute `engine.thresholds`; `migrateSettings` carries version 1 over.
 */
export const SETTINGS_VERSION = 2;
/** The storage key (sync, or local when too large for sync) the settings live under. */
export const SETTINGS_KEY = 'settings';

/**
 * How strict the pre-send gate is:
 * - off: no gate, guidance only;
 * - warn: never holds a send, the badge and panel still warn;
 * - hold: holds `hold` drafts (default);
 * - strict: holds `revise` drafts too.
 */
export const gateModeSchema = z.enum(['off', 'warn', 'hold', 'strict']);
export type GateMode = z.infer<typeof gateModeSchema>;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  gate: gateModeSchema.default('hold'),
  engine: engineSettingsSchema.default(engineSettingsSchema.parse({})),
  /** Epoch ms until which Worthy is paused everywhere; 0 when not paused. */
  pausedUntil: z.number().int().nonnegative().default(0),
  /** Conversation ids where the user turned Worthy off. */
  mutedConversations: z.array(z.string().max(100)).max(10_000).default([]),
  /**
   * Who each muted conversation is with, as the page showed it when muted, so Settings can list
   * "@alice (Alice)" rather than an id. Keyed by conversation id; absent for older mutes.
   */
  mutedPeople: z
    .record(
      z.string().max(100),
      z.object({ handle: z.string().max(15).optional(), name: z.string().max(100).optional() }),
    )
    .default({}),
  /** How long remembered recipient profiles are kept, in days. */
  profileRetentionDays: z.number().int().min(1).max(365).default(30),
  /** Reasons the user set aside ("not an issue here"), see dismissals.ts. */
  dismissals: dismissalsSchema.default([]),
});

export type Settings = z.output<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export type SettingsParse = { ok: true; settings: Settings } | { ok: false; error: string };

/**
 * Brings settings saved by an earlier version up to this one (storage, sync from another device
 * still on the old version, or an old export). Values it does not recognise pass through for the
 * schema to judge; a settings object with no version is treated as version 1.
 */
export function migrateSettings(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  if (r.version !== undefined && r.version !== 1) return raw;
  const { engine, ...rest } = r;
  const migrated = engine === undefined ? {} : { engine: migrateEngineSettings(engine) };
  return { ...rest, ...migrated, version: SETTINGS_VERSION };
}

/** Validates settings from storage or an import. Unknown keys are rejected to catch typos. */
export function parseSettings(raw: unknown): SettingsParse {
  const r = settingsSchema.strict().safeParse(migrateSettings(raw));
  return r.success
    ? { ok: true, settings: r.data }
    : { ok: false, error: describeZodError(r.error, 'settings') };
}

/**
 * Parses an exported settings file (JSON text); the message says what is wrong with it. Strict at
 * every depth: each key the file has that Worthy does not know is named (a typo such as
 * `engine.tresholds` would otherwise be an import that "worked" and changed nothing).
 */
export function parseSettingsFile(text: string): SettingsParse {
  const file = parseJsonObject(text, 'Worthy settings');
  if (!file.ok) return file;
  const { kind, settings } = file.json;
  if (kind !== 'worthy-settings') {
    return { ok: false, error: 'not a Worthy settings file (missing "kind": "worthy-settings")' };
  }
  const unknown = describeUnknownKeys([
    ...unknownKeys(settingsFileSchema, { ...file.json, settings: undefined }),
    ...unknownKeys(settingsSchema, migrateSettings(settings)),
  ]);
  return unknown ? { ok: false, error: unknown } : parseSettings(settings);
}

/** The file around the settings (what `settingsFile` writes). */
const settingsFileSchema = z.object({
  kind: z.literal('worthy-settings'),
  exportedAt: z.string().optional(),
  settings: z.unknown(),
});

export function settingsFile(settings: Settings): string {
  return `${JSON.stringify({ kind: 'worthy-settings', exportedAt: new Date().toISOString(), settings }, null, 2)}\n`;
}

export function isPaused(settings: Settings, now: number, conversationId: string | null): boolean {
  if (settings.pausedUntil > now) return true;
  return conversationId !== null && settings.mutedConversations.includes(conversationId);
}
