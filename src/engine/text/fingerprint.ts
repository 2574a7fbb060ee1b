/**
 * Near-duplicate fingerprints: MinHash-64 over word 3-shingles of folded text (Broder; MMDS ch. 3).
 * The extension stores these instead of sent messages, so they must be compact (256 bytes) and
 * not reversible: each slot keeps only the smallest 32-bit hash of a shingle, never a word.
 * All arithmetic is 32-bit integer (Math.imul, >>> 0), so no float rounding creeps in.
 */
import type { Analysis } from '../analysis';
import { foldedOf, foldText } from './fold';
import { findLinks, type Link, linksOf, normaliseLink } from './links';

/** Slots of a signature (exported for the history's slot index, signals/sending/slot-index.ts). */
export const SLOTS = 64;
const PREFIX = 'm1:';
const EMPTY = `${PREFIX}`;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finished with murmur's avalanche. */
function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

/**
 * `hash32` of `words.slice(from, from + 3).join(' ')`, without building the string: FNV-1a runs
 * over the words and the spaces between them in the same order.
 */
function shingleHash(words: readonly string[], from: number): number {
  let h = 0x811c9dc5;
  const end = Math.min(words.length, from + 3);
  for (let j = from; j < end; j++) {
    if (j > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const w = words[j]!;
    for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
  }
  return fmix32(h);
}

// One seed per slot: slot i ranks shingles by fmix32(h ^ SEEDS[i]), a fixed pseudo-random order.
const SEEDS = Uint32Array.from({ length: SLOTS }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const MENTION = /(^|[^\p{L}\p{N}_])@\w{1,15}/gu;

export interface FingerprintOptions {
  /** The recipient's name and handle: replaced by a placeholder so "Hi Sam" ≈ "Hi Alex". */
  names?: readonly (string | undefined)[];
  /** The text's links when already found (saves a second linkify pass). */
  links?: readonly Link[];
  /**
   * `foldText(text).text` when already computed: read instead of folding again when the text has
   * no links or @mentions to neutralise first (then it is the very text that would be folded).
   */
  folded?: () => string;
}

/** Every decimal digit as 0: order numbers and dates do not make a template look new. */
const foldDigits = (s: string) => s.replace(/\p{Nd}/gu, '0');

/** Folded words with links, @mentions, digits and the recipient's names neutralised. */
export function shingleWords(text: string, opts: FingerprintOptions = {}): string[] {
  let out = '';
  let last = 0;
  const links = opts.links ?? findLinks(text);
  for (const l of links) {
    out += `${text.slice(last, l.start)} xurlx `;
    last = l.end;
  }
  out += text.slice(last);
  const marked = out.replace(MENTION, '$1 xatx ');
  const plain = opts.folded && links.length === 0 && marked === text;
  const folded = foldDigits(plain ? opts.folded!() : foldText(marked).text);
  const names = new Set<string>();
  for (const n of opts.names ?? []) {
    // Names fold as the text does, or "Studio54" in the text ("studio00") never meets its name.
    for (const w of foldDigits(foldText(n ?? '').text).match(WORD) ?? []) {
      if (w.length > 1) names.add(w);
    }
  }
  const words = folded.match(WORD) ?? [];
  return names.size ? words.map((w) => (names.has(w) ? 'xnamex' : w)) : words;
}

/** A MinHash-64 signature of `text`, as `m1:` + base64 of 64 little-endian uint32 minima. */
export function fingerprint(text: string, opts: FingerprintOptions = {}): string {
  const mins = signature(text, opts);
  return mins ? PREFIX + toBase64(new Uint8Array(mins.buffer)) : EMPTY;
}

/**
 * The slots of `fingerprint(text, opts)` as `decodeFingerprint` would give them back (null for a
 * text without words), without writing and reading the base64: the engine compares slots.
 */
export function signature(text: string, opts: FingerprintOptions = {}): Uint32Array | null {
  const words = shingleWords(text, opts);
  if (words.length === 0) return null;
  const mins = new Uint32Array(SLOTS).fill(0xffffffff);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    // Texts under three words give one shingle of what exists.
    const h = shingleHash(words, i);
    for (let k = 0; k < SLOTS; k++) {
      const v = fmix32(h ^ SEEDS[k]!);
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return mins;
}

/** The signature's slots, or null for an empty or malformed fingerprint. */
export function decodeFingerprint(fp: string): Uint32Array | null {
  let out: Uint32Array | null = null;
  if (fp.startsWith(PREFIX) && fp.length > PREFIX.length) {
    try {
      const bytes = fromBase64(fp.slice(PREFIX.length));
      if (bytes.length === SLOTS * 4) out = new Uint32Array(bytes.buffer, bytes.byteOffset, SLOTS);
    } catch {
      out = null;
    }
  }
  return out;
}

/** Estimated Jaccard similarity of the two texts' shingle sets, 0..1 (0 when either is empty). */
export function similarity(a: string, b: string): number {
  const x = decodeFingerprint(a);
  const y = decodeFingerprint(b);
  return x && y ? similaritySlots(x, y) : 0;
}

/**
 * Whether at least `min` (0..1) of the slots agree, stopping as soon as the answer is known:
 * most history entries are unrelated, and the scan runs on every keystroke.
 */
export function similarAtLeast(x: Uint32Array, y: Uint32Array, min: number): boolean {
  const need = slotsNeeded(min);
  let same = 0;
  for (let k = 0; k < SLOTS; k++) {
    if (x[k] === y[k]) {
      if (++same >= need) return true;
    } else if (k + 1 - same > SLOTS - need) {
      return false;
    }
  }
  return same >= need;
}

/** How many of the slots must agree for a similarity of at least `min` (0..1). */
export function slotsNeeded(min: number): number {
  return Math.ceil(min * SLOTS);
}

export function similaritySlots(x: Uint32Array, y: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SLOTS; k++) if (x[k] === y[k]) same++;
  return same / SLOTS;
}

/** Short stable hashes (12 hex chars, 48 bits) of the normalised links in `text`, deduplicated. */
export function linkHashes(text: string): string[] {
  const out = new Set<string>();
  for (const l of findLinks(text)) out.add(linkHash(normaliseLink(l.href)));
  return [...out];
}

export function linkHash(normalised: string): string {
  const hi = hash32(normalised, 0x2545f491);
  const lo = hash32(normalised) & 0xffff;
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(4, '0');
}

/**
 * The draft's signature slots (its fingerprint, decoded), with the recipient's own name and
 * handle neutralised; null when the draft has no words.
 */
export function signatureOf(a: Analysis): Uint32Array | null {
  return a.memo('fingerprint', () =>
    signature(a.draft, {
      names: [a.recipient.name, a.recipient.handle],
      links: linksOf(a),
      folded: () => foldedOf(a).text,
    }),
  );
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
