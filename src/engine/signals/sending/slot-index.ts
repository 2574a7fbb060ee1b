/**
 * An inverted index of stored signatures, slot by slot: for each of the 64 slots, every entry's
 * value in that slot, sorted. Counting how many slots of a draft's signature each entry agrees
 * with then costs 64 binary searches plus one step per agreeing slot, instead of comparing the
 * draft with every entry (33 comparisons per unrelated entry before it can be ruled out, 1,000
 * entries per keystroke in the bench). The counts are exact, so a count of at least
 * `slotsNeeded(min)` is the same test as `similarAtLeast(…, min)`.
 *
 * Each slot's list is one Float64Array of `value · 2^20 + entry`: exact in a double (a 32-bit
 * value times 2^20 stays under 2^53), sorted natively, 8 bytes per entry and slot.
 */
import { firstIndex } from '../../first-index';
import { SLOTS } from '../../text/fingerprint';

/** Entries addressable in a key: 2^20 (the schema caps a history at 100,000). */
const ENTRY_BITS = 2 ** 20;

export class SlotIndex {
  private readonly keys: Float64Array[];
  private readonly size: number;

  /** `slots[i]` is entry i's signature, or null for an entry that has none (never counted). */
  constructor(slots: readonly (Uint32Array | null)[]) {
    this.size = slots.length;
    let n = 0;
    for (const s of slots) if (s) n++;
    this.keys = [];
    for (let k = 0; k < SLOTS; k++) {
      const keys = new Float64Array(n);
      let j = 0;
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i];
        if (s) keys[j++] = s[k]! * ENTRY_BITS + i;
      }
      this.keys.push(keys.sort());
    }
  }

  /**
   * Per entry, how many slots of `mine` it holds the same value in (0 for entries without one),
   * and the entries that agree in at least `atLeast` slots, in entry order.
   */
  agreements(mine: Uint32Array, atLeast: number): { counts: Uint8Array; over: number[] } {
    const counts = new Uint8Array(this.size);
    const over: number[] = [];
    for (let k = 0; k < SLOTS; k++) {
      const keys = this.keys[k]!;
      const base = mine[k]! * ENTRY_BITS;
      // First key at or above `base`: the entries holding exactly `mine[k]` follow it.
      const lo = firstIndex(keys.length, (j) => keys[j]! >= base);
      const end = base + ENTRY_BITS;
      for (let j = lo; j < keys.length && keys[j]! < end; j++) {
        const i = keys[j]! - base;
        if (++counts[i]! === atLeast) over.push(i);
      }
    }
    return { counts, over: over.sort((x, y) => x - y) };
  }
}

/** Histories longer than this are scanned entry by entry (the index would hold 8 bytes × 64 each). */
export const MAX_INDEXED = 20_000;
