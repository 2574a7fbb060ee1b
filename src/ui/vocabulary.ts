/**
 * Worthy's words for what it judges, defined once: verdicts, severities, axes, conversation kinds
 * and where a quote came from, each with the tone that colours it. Values are catalog keys
 * (`public/_locales`): the extension reads them with `msg`, the CLI with the engine's `english`,
 * so the badge, card, warning, popup and CLI cannot drift apart again.
 *
 * Pure and tiny on purpose: the pre-send warning, which is loaded on every x.com page, imports it.
 */

// Types only: the registry and the rest of the engine stay out of the content script.
import type {
  Axis,
  ConversationKind,
  EngageItem,
  InterestSource,
  Severity,
  VerdictKind,
} from '../engine/types';

/** The one colour scale: every verdict, severity and meter reading maps onto it. */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

/** Looks a catalog key up: `msg` in the extension, `english` in the CLI. */
export type Words = (key: string, subs?: readonly (string | number)[]) => string;

export const VERDICT: Readonly<Record<VerdictKind, { name: string; tone: Tone }>> = {
  send: { name: 'ui_verdict_send', tone: 'good' },
  revise: { name: 'ui_verdict_revise', tone: 'warn' },
  hold: { name: 'ui_verdict_hold', tone: 'bad' },
};

export const SEVERITY: Readonly<Record<Severity, { name: string; tone: Tone; rank: number }>> = {
  high: { name: 'ui_severity_high', tone: 'bad', rank: 0 },
  medium: { name: 'ui_severity_medium', tone: 'warn', rank: 1 },
  low: { name: 'ui_severity_low', tone: 'neutral', rank: 2 },
  info: { name: 'ui_severity_info', tone: 'neutral', rank: 3 },
  good: { name: 'ui_severity_good', tone: 'good', rank: 4 },
};

export const AXIS: Readonly<Record<Axis, string>> = {
  relevance: 'ui_axis_relevance',
  spam: 'ui_axis_spam',
};

export const CONTEXT: Readonly<Record<ConversationKind, string>> = {
  cold: 'ui_context_cold',
  'customer-initiated': 'ui_context_customer_initiated',
  ongoing: 'ui_context_ongoing',
};

/** "Their bio", "Their post", …: the label in front of a quote of the recipient's text. */
export const SOURCE: Readonly<Record<InterestSource, string>> = {
  bio: 'ui_source_bio',
  post: 'ui_source_post',
  name: 'ui_source_name',
  location: 'ui_source_location',
  url: 'ui_source_url',
  thread: 'ui_source_thread',
  brand: 'ui_source_brand',
};

/** The label of the one item to engage with: never calls a bio line "a post". */
export const ENGAGE: Readonly<Record<EngageItem['source'], string>> = {
  question: 'ui_engage_question',
  post: 'ui_engage_post',
  bio: 'ui_engage_bio',
};

/** 0..1 as a whole percentage, e.g. 0.426 → 43. */
export const percent = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 100);

/**
 * How a meter reading looks on the scale. Relevance is good when high; spam risk is good when
 * low, and a fifth of the way up is already worth a second look.
 */
export function axisTone(axis: Axis, value: number | null): Tone {
  if (value === null) return 'neutral';
  const p = percent(value);
  if (axis === 'relevance') return p >= 60 ? 'good' : p >= 30 ? 'warn' : 'bad';
  return p < 20 ? 'good' : p < 50 ? 'warn' : 'bad';
}

/**
 * Catalog key of a signal's short name: `signal_<id with underscores>_name`, the registry's
 * convention (engine/registry.ts; tests/ui/vocabulary.test.ts holds every signal to it), so the
 * name is found without the registry. Old ids of renamed signals are the caller's to map first
 * (`canonicalId`): verdicts only ever carry current ids.
 */
export function signalNameKey(id: string): string {
  return `signal_${id.replace(/-/g, '_')}_name`;
}

/**
 * A signal's short plain name ("Link shortener"). An id the catalog does not know yet (a new
 * engine signal) is turned into words rather than shown raw.
 */
export function signalName(id: string, t: Words): string {
  const key = signalNameKey(id);
  const name = t(key);
  if (name && name !== key) return name;
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A signed whole number with a real minus sign, e.g. "+24", "−9". */
export function signed(n: number): string {
  const r = Math.round(n);
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
}
