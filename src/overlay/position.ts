/**
 * Tracks where X's composer is on screen. Reads happen at most once per animation frame and only
 * when something may have moved it (scroll, resize, the anchor's size, a page mutation), never
 * per keystroke, so the overlay adds no layout work while the user types.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

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

type Raf = (cb: () => void) => number;

function frame(win: Window): { request: Raf; cancel: (id: number) => void } {
  if (typeof win.requestAnimationFrame === 'function') {
    return {
      request: (cb) => win.requestAnimationFrame(cb),
      cancel: (id) => win.cancelAnimationFrame(id),
    };
  }
  return {
    request: (cb) => win.setTimeout(cb, 16) as unknown as number,
    cancel: (id) => win.clearTimeout(id),
  };
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

export function useAnchorBox(anchor: HTMLElement | null, tick: number): Box | null {
  const [box, setBox] = useState<Box | null>(null);
  const schedule = useRef<() => void>(() => {});

  useEffect(() => {
    if (!anchor) {
      setBox(null);
      return;
    }
    const win = anchor.ownerDocument.defaultView ?? window;
    const raf = frame(win);
    let id = 0;
    let last: Box | null = null;
    const run = (): void => {
      id = 0;
      try {
        const next = measure(anchor);
        if (!same(next, last)) {
          last = next;
          setBox(next);
        }
      } catch (err) {
        console.error('[Worthy] measuring the composer failed', err);
      }
    };
    const request = (): void => {
      if (!id) id = raf.request(run);
    };
    schedule.current = request;
    request();
    const opts = { capture: true, passive: true } as const;
    win.addEventListener('scroll', request, opts);
    win.addEventListener('resize', request, { passive: true });
    const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    const ro = RO ? new RO(request) : null;
    ro?.observe(anchor);
    return () => {
      schedule.current = () => {};
      ro?.disconnect();
      // Preact may run this cleanup after the window is gone (a closed frame, a test's torn-down
      // jsdom): then there is nothing left to detach from, and nothing may throw.
      try {
        if (id) raf.cancel(id);
        win.removeEventListener('scroll', request, opts);
        win.removeEventListener('resize', request);
      } catch {
        // The window went away first.
      }
    };
  }, [anchor]);

  useEffect(() => {
    if (tick) schedule.current();
  }, [tick]);

  return box;
}
