/**
 * Pure helpers that decide what a record may hold. Every stored field is built here from an
 * allow-list, never by spreading the caller's object, so a draft passed by mistake cannot
 * ride along into IndexedDB.
 */

/** Posts kept per profile: enough for relevance, little enough to be a small footprint. */
export const MAX_POSTS = 50;
/** X posts are 280 chars for most; long posts are cut, the start carries the topic. */
export const MAX_POST_CHARS = 4_000;
const MAX_FIELD_CHARS = 2_000;

/** '@SamX ' → 'samx'. The engine compares handles the same way (signals/sending/history.ts). */
export function normHandle(h: string | undefined): string {
  return (h ?? '').trim().replace(/^@/, '').toLowerCase();
}

/** Handles (and the engine's recipient keys): no spaces, so a name or a sentence never fits. */
const RECIPIENT = /^[\p{L}\p{N}_.:-]{1,64}$/u;
export function isRecipientKey(s: string): boolean {
  return RECIPIENT.test(s);
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

/** A MinHash signature as fingerprint.ts writes it: `m1:` + base64 (empty text gives `m1:`). */
const FINGERPRINT = /^m1:[A-Za-z0-9+/]*={0,2}$/;
export function isFingerprint(s: string): boolean {
  return s.length <= 4_096 && FINGERPRINT.test(s);
}

/**
 * Link hashes (fingerprint.ts `linkHash`, 12 hex chars today). The check is loose about the hash
 * format but refuses anything with '.', '/' or ':', so a URL itself can never be stored.
 */
export function cleanLinks(links: readonly string[] | undefined): string[] {
  return [...new Set((links ?? []).filter((l) => /^[\w-]{1,64}$/.test(l)))].slice(0, 100);
}

/** Signal ids are short slugs such as `sending/template`; messages and evidence are dropped. */
export function cleanSignals(ids: readonly string[] | undefined): string[] {
  return [...new Set((ids ?? []).filter((s) => /^[\w./:-]{1,64}$/.test(s)))].slice(0, 50);
}

export function cleanConversationId(id: string | null | undefined): string | undefined {
  return id && /^[\w:-]{1,100}$/.test(id) ? id : undefined;
}
