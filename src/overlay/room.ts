/**
 * Whether a spot for the badge is free: a hit test of the page at a few points of the spot, with
 * no knowledge of X's markup. Whatever X draws there that is narrower than the composer row (a
 * message bubble, a "jump to newest" button, an avatar) counts as taken; the wide rows and lists
 * the bubbles sit in, and the page background, do not. Worthy's own host is ignored.
 *
 * It runs in the composer's own tree (X Chat lives in a shadow root), only when the composer or
 * the badge moved or changed size, or when what the last hit tests saw may have changed
 * (room-watch.ts): each hit test costs milliseconds on a long conversation.
 */
import type { Rect } from './placement';

const WIDE = 0.9;

/** What the hit tests saw, so a page change can be checked against it without hit tests. */
export interface RoomRecord {
  /** The spots tested, in order. */
  spots: Rect[];
  /** At each point tested, the first element that is not Worthy's, and its box then. */
  hits: { el: Element; rect: Rect }[];
}

function samplePoints(r: Rect): [number, number][] {
  const xs = [r.left + 2, (r.left + r.right) / 2, r.right - 2];
  const ys = [r.top + 2, r.bottom - 2];
  return xs.flatMap((x) => ys.map((y): [number, number] => [x, y]));
}

export function freeSpace(
  anchor: HTMLElement,
  ours: Element,
  record?: RoomRecord,
): (r: Rect) => boolean {
  const root = anchor.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementsFromPoint !== 'function') return () => true;
  const wide = anchor.getBoundingClientRect().width * WIDE;
  const taken = (el: Element, box: Rect): boolean => {
    if (anchor.contains(el)) return true;
    return box.right - box.left < wide;
  };
  return (r) => {
    record?.spots.push(r);
    return samplePoints(r).every(([x, y]) => {
      const first = root.elementsFromPoint(x, y).find((el) => el !== ours && !ours.contains(el));
      if (!first) return true;
      const box = first.getBoundingClientRect();
      record?.hits.push({ el: first, rect: box });
      return !taken(first, box);
    });
  };
}
