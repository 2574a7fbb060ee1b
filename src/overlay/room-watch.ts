/**
 * Whether the room around the badge may have changed since its hit tests (room.ts), decided
 * without hit testing: each costs milliseconds on a long conversation, a box read after layout
 * costs microseconds. What a hit test answers can only change if an element it found moved,
 * changed size or left the page, or if something new was added over a tested spot (a message
 * arriving under the badge, a "jump to newest" button). Anything else X does leaves the badge's
 * spot as it was.
 */
import type { Added } from '../sites/x/added.ts';
import type { Rect } from './placement';
import type { RoomRecord } from './room';

const sameRect = (a: Rect, b: Rect): boolean =>
  a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;

const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * True when the hit tests recorded in `seen` must run again. `added` is what the page changes
 * since then added (null: not known); `ours` is Worthy's host, whose own changes never count.
 */
export function roomChanged(
  seen: RoomRecord,
  added: Added,
  ours: Element,
  boxOf: (el: Element) => Rect = (el) => el.getBoundingClientRect(),
): boolean {
  if (added === null) return true;
  for (const hit of seen.hits) {
    if (!hit.el.isConnected || !sameRect(boxOf(hit.el), hit.rect)) return true;
  }
  for (const el of added) {
    if (!el.isConnected || el === ours || ours.contains(el)) continue;
    const box = boxOf(el);
    if (seen.spots.some((s) => overlaps(s, box))) return true;
  }
  return false;
}
