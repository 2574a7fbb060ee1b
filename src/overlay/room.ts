/**
 * Whether a spot for the badge is free: a hit test of the page at a few points of the spot, with
 * no knowledge of X's markup. Whatever X draws there that is narrower than the composer row (a
 * message bubble, a "jump to newest" button, an avatar) counts as taken; the wide rows and lists
 * the bubbles sit in, and the page background, do not. Worthy's own host is ignored.
 *
 * It runs in the composer's own tree (X Chat lives in a shadow root), only when the composer moved
 * or the page changed, at most a few dozen hit tests; while only the page changes, at most once
 * per App.tsx's RECHECK_MS (each hit test costs milliseconds on a long conversation).
 */
import type { Rect } from './placement';

const WIDE = 0.9;

function samplePoints(r: Rect): [number, number][] {
  const xs = [r.left + 2, (r.left + r.right) / 2, r.right - 2];
  const ys = [r.top + 2, r.bottom - 2];
  return xs.flatMap((x) => ys.map((y): [number, number] => [x, y]));
}

export function freeSpace(anchor: HTMLElement, ours: Element): (r: Rect) => boolean {
  const root = anchor.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementsFromPoint !== 'function') return () => true;
  const wide = anchor.getBoundingClientRect().width * WIDE;
  const taken = (el: Element): boolean => {
    if (el === ours || ours.contains(el)) return false;
    if (anchor.contains(el)) return true;
    return el.getBoundingClientRect().width < wide;
  };
  return (r) =>
    samplePoints(r).every(([x, y]) => {
      const first = root.elementsFromPoint(x, y).find((el) => el !== ours && !ours.contains(el));
      return !first || !taken(first);
    });
}
