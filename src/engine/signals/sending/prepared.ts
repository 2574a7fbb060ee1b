/**
 * The history read once for every keystroke that scores against it. The worker and the CLI score
 * the same stored sends over and over while the draft changes, and five detectors each walked all
 * of them (normalising handles, looking fingerprints up by string, filtering into new arrays).
 * Here the per-entry work that does not depend on the draft or the clock is done once: handles
 * normalised, times in a typed array, signatures decoded on first use, first contacts counted.
 *
 * The engine keeps the last prepared history (caches.ts) and reuses it only when every entry's
 * fields are the same as the ones it was built from, compared field by field: a history changed
 * in place, or a new array with other sends, always gets a fresh one. Comparing is one pass of
 * `===` per field, far cheaper than what it saves.
 */
import type { EngineCaches } from '../../caches';
import { firstIndex } from '../../first-index';
import type { HistoryEntry } from '../../schema';
import { decodeFingerprint, fingerprint, linkHashes } from '../../text/fingerprint';
import { MAX_INDEXED, SlotIndex } from './slot-index';

const CANONICAL_HANDLE = /^[a-z0-9_]*$/;

export function normHandle(h: string | undefined): string {
  const s = h ?? '';
  // The extension stores handles already lower-cased: skip the rewrite for them (hot path).
  return CANONICAL_HANDLE.test(s) ? s : s.trim().replace(/^@/, '').toLowerCase();
}

const NO_LINKS: readonly string[] = [];

export class PreparedHistory {
  readonly size: number;
  /** Each entry's recipient, normalised (normHandle). */
  readonly who: readonly string[];
  /** Each entry's send time (epoch ms). */
  readonly at: Float64Array;
  /** The fields the preparation read, kept to recognise the same history next time. */
  private readonly recipient: readonly string[];
  private readonly text: readonly (string | undefined)[];
  private readonly print: readonly (string | undefined)[];
  private readonly linkLists: readonly (readonly string[] | undefined)[];
  /** Decoded signatures, filled on first use (undefined = not yet). */
  private readonly slotCache: (Uint32Array | null | undefined)[];
  /** Link hashes of entries given as text, filled on first use. */
  private readonly textLinks: (readonly string[] | undefined)[];
  private firstSeen: Map<string, number> | null = null;
  /** Template scans run against this history so far (the index pays off from the second). */
  private scans = 0;
  private index: SlotIndex | null = null;

  constructor(entries: readonly HistoryEntry[]) {
    const n = entries.length;
    this.size = n;
    const who: string[] = new Array(n);
    const recipient: string[] = new Array(n);
    const text: (string | undefined)[] = new Array(n);
    const print: (string | undefined)[] = new Array(n);
    const linkLists: (readonly string[] | undefined)[] = new Array(n);
    this.at = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      recipient[i] = e.recipient;
      who[i] = normHandle(e.recipient);
      text[i] = e.text;
      print[i] = e.fingerprint;
      linkLists[i] = e.links ? [...e.links] : undefined;
      this.at[i] = e.at;
    }
    this.who = who;
    this.recipient = recipient;
    this.text = text;
    this.print = print;
    this.linkLists = linkLists;
    this.slotCache = new Array(n).fill(undefined);
    this.textLinks = new Array(n).fill(undefined);
  }

  /** Whether `entries` holds exactly the sends this was prepared from, field by field. */
  sameAs(entries: readonly HistoryEntry[]): boolean {
    if (entries.length !== this.size) return false;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (
        e.at !== this.at[i] ||
        e.recipient !== this.recipient[i] ||
        e.fingerprint !== this.print[i] ||
        e.text !== this.text[i] ||
        !sameList(e.links, this.linkLists[i])
      ) {
        return false;
      }
    }
    return true;
  }

  /** Entry `i`'s signature slots (null for an empty or malformed fingerprint). */
  slots(i: number, caches: EngineCaches): Uint32Array | null {
    let s = this.slotCache[i];
    if (s === undefined) {
      const fp = this.print[i] ?? textPrint(caches, this.text[i] ?? '', [this.recipient[i]!]);
      s = slotsOf(caches, fp);
      this.slotCache[i] = s;
    }
    return s;
  }

  /**
   * Per entry, how many slots of `mine` its signature agrees with, or null on the first scan of
   * this history (and for very long ones): building the index costs a few dozen scans, so it is
   * built only once the same history comes back, as it does on every keystroke.
   */
  agreements(
    mine: Uint32Array,
    atLeast: number,
    caches: EngineCaches,
  ): { counts: Uint8Array; over: number[] } | null {
    if (!this.index) {
      if (++this.scans < 2 || this.size > MAX_INDEXED) return null;
      const all: (Uint32Array | null)[] = [];
      for (let i = 0; i < this.size; i++) all.push(this.slots(i, caches));
      this.index = new SlotIndex(all);
    }
    return this.index.agreements(mine, atLeast);
  }

  /**
   * How many entries were sent in (from, to]: two binary searches over the entries in time
   * order instead of a pass over all of them (pace checks hours and days of a long history).
   */
  countIn(from: number, to: number): number {
    const [lo, hi] = this.range(from, to);
    return hi - lo;
  }

  /** The indices of the entries sent in (from, to], in time order. */
  indicesIn(from: number, to: number): Int32Array {
    const [lo, hi] = this.range(from, to);
    return this.timeOrder().order.subarray(lo, hi);
  }

  private range(from: number, to: number): [number, number] {
    const { times } = this.timeOrder();
    return [upperBound(times, from), upperBound(times, to)];
  }

  private byTime: { order: Int32Array; times: Float64Array } | null = null;

  /** The entries in time order (ties in entry order) and their times, built on first use. */
  private timeOrder(): { order: Int32Array; times: Float64Array } {
    if (!this.byTime) {
      const at = this.at;
      const order = Int32Array.from({ length: this.size }, (_, i) => i).sort(
        (x, y) => at[x]! - at[y]! || x - y,
      );
      const times = Float64Array.from(order, (i) => at[i]!);
      this.byTime = { order, times };
    }
    return this.byTime;
  }

  /** Entry `i`'s link hashes: as stored, or from its text. */
  links(i: number): readonly string[] {
    const stored = this.linkLists[i];
    if (stored) return stored;
    let l = this.textLinks[i];
    if (l === undefined) {
      const t = this.text[i];
      l = t ? linkHashes(t) : NO_LINKS;
      this.textLinks[i] = l;
    }
    return l;
  }

  /** When each recipient was first contacted, over the whole history. */
  firstContact(): Map<string, number> {
    if (!this.firstSeen) {
      const first = new Map<string, number>();
      for (let i = 0; i < this.size; i++) {
        const who = this.who[i]!;
        const at = this.at[i]!;
        const seen = first.get(who);
        if (seen === undefined || at < seen) first.set(who, at);
      }
      this.firstSeen = first;
    }
    return this.firstSeen;
  }
}

/** The first position in ascending `xs` whose value is above `x` (xs.length when none is). */
const upperBound = (xs: Float64Array, x: number): number =>
  firstIndex(xs.length, (i) => xs[i]! > x);

function sameList(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  if (x === undefined || y === undefined) return x === y;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The engine's prepared history for `entries`: the last one when nothing changed, else new. */
export function preparedHistory(
  caches: EngineCaches,
  entries: readonly HistoryEntry[],
): PreparedHistory {
  const last = caches.history;
  if (last?.sameAs(entries)) return last;
  const fresh = new PreparedHistory(entries);
  caches.history = fresh;
  return fresh;
}

/** Fingerprint of text, memoised in the engine instance: the CLI replays rows as history. */
export function textPrint(caches: EngineCaches, text: string, names: readonly string[]): string {
  const key = `${names.join('\u0001')}\u0000${text}`;
  let fp = caches.textPrints.get(key);
  if (fp === undefined) {
    fp = fingerprint(text, { names });
    caches.textPrints.set(key, fp);
  }
  return fp;
}

/** Decoded signature slots of a fingerprint, memoised in the engine instance. */
export function slotsOf(caches: EngineCaches, fp: string): Uint32Array | null {
  let slots = caches.slots.get(fp);
  if (slots === undefined) {
    slots = decodeFingerprint(fp);
    caches.slots.set(fp, slots);
  }
  return slots;
}
