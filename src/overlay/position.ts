/**
 * Tracks where X's composer is on screen. Reads happen at most once per frame, after the page's
 * layout (after-layout.ts), and only when something may have moved it (scroll, resize, the
 * anchor's size, a page mutation), never per keystroke, so the overlay adds no layout work while
 * the user types or while messages arrive.
 */
import { useEffect, useState } from 'preact/hooks';
import { layoutReader } from './after-layout';
import type { PageChanges } from './page-changes';

export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  /** Viewport size at measuring time, for placing the panel. */
  vw: number;
  vh: number;
}

export function measure(anchor: HTMLElement): Box | null {
  if (!anchor.isConnected) return null;
  const r = anchor.getBoundingClientRect();
  const doc = anchor.ownerDocument;
  const win = doc.defaultView;
  const vw = doc.documentElement.clientWidth || win?.innerWidth || 0;
  const vh = doc.documentElement.clientHeight || win?.innerHeight || 0;
  if (r.width === 0 && r.height === 0) return null;
  return {
    top: r.top,
    left: r.left,
    right: r.right,
    bottom: r.bottom,
    width: r.width,
    height: r.height,
    vw,
    vh,
  };
}

const same = (a: Box | null, b: Box | null): boolean =>
  a === b ||
  (!!a &&
    !!b &&
    a.top === b.top &&
    a.right === b.right &&
    a.bottom === b.bottom &&
    a.left === b.left &&
    a.vw === b.vw &&
    a.vh === b.vh);

export function useAnchorBox(anchor: HTMLElement | null, changes: PageChanges): Box | null {
  const [box, setBox] = useState<Box | null>(null);

  useEffect(() => {
    if (!anchor) {
      setBox(null);
      return;
    }
    const doc = anchor.ownerDocument;
    const win = doc.defaultView ?? window;
    let last: Box | null = null;
    const reader = layoutReader(doc, () => {
      const next = measure(anchor);
      if (!same(next, last)) {
        last = next;
        setBox(next);
      }
    });
    const request = reader.request;
    request();
    const opts = { capture: true, passive: true } as const;
    win.addEventListener('scroll', request, opts);
    win.addEventListener('resize', request, { passive: true });
    const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    // Its callback comes after layout already: measure there (asking for the next layout from
    // inside it would be a notification Chrome cannot deliver this frame).
    const ro = RO ? new RO(() => reader.now()) : null;
    ro?.observe(anchor);
    const unsubscribe = changes.subscribe(request);
    return () => {
      unsubscribe();
      reader.dispose();
      ro?.disconnect();
      // Preact may run this cleanup after the window is gone (a closed frame, a test's torn-down
      // jsdom): then there is nothing left to detach from, and nothing may throw.
      try {
        win.removeEventListener('scroll', request, opts);
        win.removeEventListener('resize', request);
      } catch {
        // The window went away first.
      }
    };
  }, [anchor, changes]);

  return box;
}
