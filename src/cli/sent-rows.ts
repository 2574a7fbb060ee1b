/**
 * What `worthy check` remembers of the rows before the one it is scoring, kept the way the
 * extension's store keeps sends (background/store/candidates.ts): each row is indexed once under
 * the band keys of its fingerprint (engine/text/bands.ts), its link hashes and its recipient, and
 * running counts give the engine its `sendStats`. A row's score then reads only the earlier rows
 * that could match it, so a campaign costs time linear in its rows instead of replaying every
 * earlier row as history for every row.
 *
 * Rows go out one minute apart, in order (the `check` model), so every window is a number of rows.
 * Rows are numbered from 0 as in the CSV; a row that was not sent (an error) leaves a gap.
 */
import { firstIndex } from '../engine/first-index';
import type { HistoryEntry, SendStats } from '../engine/index';
import { normHandle } from '../engine/signals/sending/history';
import { decodeFingerprint, similarAtLeast } from '../engine/text/fingerprint';

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The engine's windows (signals/sending/history.ts, blanket.ts, pace.ts), as the store uses them. */
const TEMPLATE_WINDOW_MS = 7 * DAY;
const REPEAT_WINDOW_MS = 30 * DAY;
const BURST_WINDOW_MS = 10 * MINUTE;
/**
 * Newest rows read per band key or link, and per recipient: the store's `PER_KEY` and
 * `PER_RECIPIENT`. The strongest blanket signal needs 40 other recipients and the strongest
 * same-link signal 10, so a cap only trims a count that is already at its maximum.
 */
export const PER_KEY = 64;
export const PER_RECIPIENT = 50;

/** Earlier rows within `ms` of a row: row j is (i − j) minutes before row i, and windows are open. */
export const rowsWithin = (ms: number) => Math.ceil(ms / MINUTE) - 1;

export interface SentRow {
  /** The row's index in the campaign (0-based), which says when it went out. */
  row: number;
  /** The history entry's recipient: the handle as written, or `row-N`. */
  recipient: string;
  /** `fingerprint(draft, {names: [name, handle]})`: what the extension stores for a send. */
  fingerprint: string;
  /** `bandKeys(fingerprint)`, computed once per row by the caller (it looks them up first). */
  bands: readonly string[];
  links: readonly string[];
}

/** Appends `row` under `key`. */
function push(map: Map<string, number[]>, key: string, row: number): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}

/** How many of `sorted` (ascending) are at or after `since`. */
function countSince(sorted: readonly number[], since: number): number {
  return sorted.length - firstIndex(sorted.length, (i) => sorted[i]! >= since);
}

export class SentRows {
  /** By row index; undefined for rows that were not sent. */
  private readonly rows: (SentRow & { slots: Uint32Array | null })[] = [];
  /** Rows sent, ascending. */
  private readonly order: number[] = [];
  private readonly byBand = new Map<string, number[]>();
  private readonly byLink = new Map<string, number[]>();
  private readonly byWho = new Map<string, number[]>();
  /** Row of each recipient's first send, ascending. */
  private readonly firsts: number[] = [];
  /** Marks rows already taken for the current lookup (the lookup's number), to skip repeats. */
  private seen = new Int32Array(1024);
  private lookup = 0;

  /** Remembers a row as sent; rows are added in increasing order. */
  add(sent: SentRow): void {
    const i = sent.row;
    const last = this.order.at(-1);
    if (last !== undefined && i <= last) throw new Error(`row ${i} added after row ${last}`);
    this.rows[i] = { ...sent, slots: decodeFingerprint(sent.fingerprint) };
    this.order.push(i);
    for (const k of sent.bands) push(this.byBand, k, i);
    for (const l of new Set(sent.links)) push(this.byLink, l, i);
    const who = normHandle(sent.recipient);
    if (!this.byWho.has(who)) this.firsts.push(i);
    push(this.byWho, who, i);
    if (this.seen.length <= i) {
      const grown = new Int32Array(Math.max(this.seen.length * 2, i + 1));
      grown.set(this.seen);
      this.seen = grown;
    }
  }

  /**
   * The history and counts the engine needs to score row `next` as if every earlier row had
   * gone out (tests/cli/sent-rows.test.ts: the same verdicts as with the whole history).
   */
  historyFor(
    next: number,
    handle: string | undefined,
    bands: readonly string[],
    links: readonly string[],
    now: number,
  ): { history: HistoryEntry[]; stats: SendStats } {
    const picked: number[] = [];
    const from = (ms: number) => next - rowsWithin(ms);
    this.lookup++;
    const take = (list: readonly number[] | undefined, since: number, cap: number) => {
      if (!list) return;
      let n = 0;
      for (let k = list.length - 1; k >= 0 && n < cap; k--) {
        const j = list[k]!;
        if (j >= next) continue;
        if (j < since) break;
        n++;
        if (this.seen[j] === this.lookup) continue;
        this.seen[j] = this.lookup;
        picked.push(j);
      }
    };
    const templateSince = from(TEMPLATE_WINDOW_MS);
    for (const k of bands) take(this.byBand.get(k), templateSince, PER_KEY);
    for (const l of new Set(links)) take(this.byLink.get(l), templateSince, PER_KEY);
    const me = normHandle(handle);
    if (me !== '') take(this.byWho.get(me), from(REPEAT_WINDOW_MS), PER_RECIPIENT);
    picked.sort((x, y) => x - y);
    const history = picked.map((j) => {
      const r = this.rows[j]!;
      return {
        recipient: r.recipient,
        fingerprint: r.fingerprint,
        links: [...r.links],
        at: now - (next - j) * MINUTE,
      };
    });
    const before = (rows: readonly number[], since: number) =>
      countSince(rows, since) - countSince(rows, next);
    return {
      history,
      stats: {
        sentLastDay: before(this.order, from(DAY)),
        newContactsLastHour: before(this.firsts, from(HOUR)),
        newContactsLastBurst: before(this.firsts, from(BURST_WINDOW_MS)),
        contactedBefore: me !== '' && (this.byWho.get(me)?.[0] ?? next) < next,
      },
    };
  }

  /**
   * Earlier rows, newest first per band key (at most `PER_KEY` each), whose fingerprints share at
   * least `min` of their slots with sent row `i`'s: its near-duplicates, for grouping templates.
   */
  similarTo(i: number, min: number): number[] {
    const mine = this.rows[i];
    if (!mine?.slots) return [];
    const out: number[] = [];
    this.lookup++;
    for (const k of mine.bands) {
      const list = this.byBand.get(k)!;
      let n = 0;
      for (let p = list.length - 1; p >= 0 && n < PER_KEY; p--) {
        const j = list[p]!;
        if (j >= i) continue;
        n++;
        if (this.seen[j] === this.lookup) continue;
        this.seen[j] = this.lookup;
        const theirs = this.rows[j]!.slots;
        if (theirs && similarAtLeast(mine.slots, theirs, min)) out.push(j);
      }
    }
    return out;
  }
}
