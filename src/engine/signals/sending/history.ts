/**
 * Shared reading of `input.history` (earlier sends) for the sending detectors. Entries may carry
 * text (CLI, tests) or only a fingerprint and link hashes (the extension, which never stores text).
 */
import type { Analysis } from '../../analysis';
import type { Translate } from '../../i18n';
import type { HistoryEntry } from '../../schema';
import { decodeFingerprint, fingerprint, linkHashes } from '../../text/fingerprint';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** How far back a template counts as "recent". */
export const TEMPLATE_WINDOW_MS = 7 * DAY;
/** Clocks disagree a little between devices; sends this far "in the future" still count. */
const SKEW_MS = 5 * MINUTE;

const CANONICAL_HANDLE = /^[a-z0-9_]*$/;

export function normHandle(h: string | undefined): string {
  const s = h ?? '';
  // The extension stores handles already lower-cased: skip the rewrite for them (hot path).
  return CANONICAL_HANDLE.test(s) ? s : s.trim().replace(/^@/, '').toLowerCase();
}

/** A history entry with its recipient's handle normalised once per analysis. */
export interface Sent {
  entry: HistoryEntry;
  at: number;
  who: string;
}

/** The history with normalised handles, built once: several detectors scan it per keystroke. */
export function sentOf(a: Analysis): readonly Sent[] {
  return a.memo('sending:history', () =>
    (a.input.history ?? []).map((e) => ({ entry: e, at: e.at, who: normHandle(e.recipient) })),
  );
}

/** Entries sent within `windowMs` before `a.now`. */
export function recentHistory(a: Analysis, windowMs: number): Sent[] {
  const from = a.now - windowMs;
  const to = a.now + SKEW_MS;
  return sentOf(a).filter((e) => e.at > from && e.at <= to);
}

/** Fingerprint of text, memoised in the engine instance: the CLI replays rows as history. */
export function fingerprintText(a: Analysis, text: string, names: readonly string[]): string {
  const key = `${names.join('\u0001')}\u0000${text}`;
  let fp = a.caches.textPrints.get(key);
  if (fp === undefined) {
    fp = fingerprint(text, { names });
    a.caches.textPrints.set(key, fp);
  }
  return fp;
}

/** Decoded signature slots of a fingerprint, memoised in the engine instance. */
export function slotsOf(a: Analysis, fp: string): Uint32Array | null {
  let slots = a.caches.slots.get(fp);
  if (slots === undefined) {
    slots = decodeFingerprint(fp);
    a.caches.slots.set(fp, slots);
  }
  return slots;
}

export function entrySlots(a: Analysis, { entry: e }: Sent): Uint32Array | null {
  return slotsOf(a, e.fingerprint ?? fingerprintText(a, e.text ?? '', [e.recipient]));
}

export function entryLinks({ entry: e }: Sent): readonly string[] {
  return e.links ?? (e.text ? linkHashes(e.text) : []);
}

/** When each recipient was first contacted, over the whole history given. */
export function firstContact(a: Analysis): Map<string, number> {
  return a.memo('sending:first-contact', () => {
    const first = new Map<string, number>();
    for (const e of sentOf(a)) {
      const seen = first.get(e.who);
      if (seen === undefined || e.at < seen) first.set(e.who, e.at);
    }
    return first;
  });
}

/**
 * Whether this recipient was messaged before: the host's count when it passes `sendStats`
 * (it may send only candidate entries), otherwise the history given.
 */
export function contactedBefore(a: Analysis): boolean {
  const stats = a.input.sendStats;
  if (stats) return stats.contactedBefore;
  const me = normHandle(a.recipient.handle);
  return me !== '' && firstContact(a).has(me);
}

/** "12 minutes", "3 hours", "2 days". */
export function span(t: Translate, ms: number): string {
  const m = Math.max(1, Math.round(ms / MINUTE));
  if (m < 60) return t(m === 1 ? 'time_minutes_one' : 'time_minutes_other', [m]);
  const h = Math.round(ms / HOUR);
  if (h < 48) return t(h === 1 ? 'time_hours_one' : 'time_hours_other', [h]);
  const d = Math.round(ms / DAY);
  return t(d === 1 ? 'time_days_one' : 'time_days_other', [d]);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
