/**
 * Pure helpers that decide what a record may hold. Every stored field is built here from an
 * allow-list, never by spreading the caller's object, so a draft passed by mistake cannot
 * ride along into IndexedDB. The formats themselves are in shared/record-formats.ts, which the
 * backup file's schema checks too.
 */
import {
  ACCOUNT_KEY,
  CONVERSATION_ID,
  FINGERPRINT,
  LINK_HASH,
  MAX_FIELD_CHARS,
  MAX_FINGERPRINT_CHARS,
  MAX_LINKS,
  MAX_POST_CHARS,
  MAX_POSTS,
  MAX_SIGNALS,
  RECIPIENT_KEY,
  SIGNAL_ID,
} from '../../shared/record-formats';

export { MAX_POST_CHARS, MAX_POSTS };

/** '@SamX ' → 'samx'. The engine compares handles the same way (signals/sending/history.ts). */
export function normHandle(h: string | undefined): string {
  return (h ?? '').trim().replace(/^@/, '').toLowerCase();
}

/** Handles (and the engine's recipient keys): no spaces, so a name or a sentence never fits. */
export function isRecipientKey(s: string): boolean {
  return RECIPIENT_KEY.test(s);
}

/** The sending account as stored: a lower-cased handle, '' when unknown (or not a handle). */
export function accountKey(h: string | undefined): string {
  const k = normHandle(h);
  return ACCOUNT_KEY.test(k) ? k : '';
}

export function cleanField(s: string | undefined, max = MAX_FIELD_CHARS): string | undefined {
  const t = s?.trim();
  return t ? t.slice(0, max) : undefined;
}

/** New posts first, then older ones not seen again, deduplicated on their trimmed text. */
export function mergePosts(fresh: readonly string[], old: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of [...fresh, ...old]) {
    const t = p.trim().slice(0, MAX_POST_CHARS);
    if (!t || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
    if (out.length >= MAX_POSTS) break;
  }
  return out;
}

export function isFingerprint(s: string): boolean {
  return s.length <= MAX_FINGERPRINT_CHARS && FINGERPRINT.test(s);
}

/** Link hashes only: anything with '.', '/' or ':' is dropped, so a URL can never be stored. */
export function cleanLinks(links: readonly string[] | undefined): string[] {
  return [...new Set((links ?? []).filter((l) => LINK_HASH.test(l)))].slice(0, MAX_LINKS);
}

/** Signal ids only; messages and evidence are dropped. */
export function cleanSignals(ids: readonly string[] | undefined): string[] {
  return [...new Set((ids ?? []).filter((s) => SIGNAL_ID.test(s)))].slice(0, MAX_SIGNALS);
}

export function cleanConversationId(id: string | null | undefined): string | undefined {
  return id && CONVERSATION_ID.test(id) ? id : undefined;
}
