/**
 * The formats of what Worthy stores, shared by the store (which builds records) and the backup
 * file schema (which checks them on import, in the popup and again in the worker). Each pattern
 * refuses spaces or URL punctuation where a name, a sentence or a link could otherwise slip in.
 */

/** A MinHash signature as engine/text/fingerprint.ts writes it: `m1:` + base64 (`m1:` when empty). */
export const FINGERPRINT = /^m1:[A-Za-z0-9+/]*={0,2}$/;
export const MAX_FINGERPRINT_CHARS = 4_096;

/** Recipient keys: a lower-cased handle, `c:<conversation id>` or `anon:<id>`; never a sentence. */
export const RECIPIENT_KEY = /^[\p{L}\p{N}_.:-]{1,64}$/u;

/** The sending account: a lower-cased X handle, or '' when the page did not show it. */
export const ACCOUNT_KEY = /^[a-z0-9_]{0,15}$/;

/** Link hashes (fingerprint.ts `linkHash`): no '.', '/' or ':', so a URL itself never fits. */
export const LINK_HASH = /^[\w-]{1,64}$/;
export const MAX_LINKS = 100;

/** Signal ids are short slugs such as `blanket-sending`; messages and evidence never are. */
export const SIGNAL_ID = /^[\w./:-]{1,64}$/;
export const MAX_SIGNALS = 50;

/** Conversation ids as X puts them in URLs (`<low>-<high>`, `g<digits>`). */
export const CONVERSATION_ID = /^[\w:-]{1,100}$/;

/** A local calendar day, 'YYYY-MM-DD'. */
export const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Posts kept per profile: enough for relevance, little enough to be a small footprint. */
export const MAX_POSTS = 50;
/** X posts are 280 chars for most; long posts are cut, the start carries the topic. */
export const MAX_POST_CHARS = 4_000;
export const MAX_FIELD_CHARS = 2_000;
export const MAX_BIO_CHARS = 5_000;
