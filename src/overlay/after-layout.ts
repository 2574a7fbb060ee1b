/**
 * Runs a callback once the browser has laid the page out for the coming frame, where reading
 * boxes and hit testing cost no layout of their own. Reading in an animation frame instead comes
 * right after X's own DOM changes (messages arriving), so the first read forced X's layout
 * synchronously, in Worthy's time, before the frame would have done it anyway.
 *
 * How: a ResizeObserver reports an element it starts observing after that frame's layout, before
 * paint. The root element always has a size, so observing it again is a reliable "after layout"
 * hook. Where ResizeObserver is missing (jsdom), the next animation frame.
 */

export interface LayoutReader {
  /** Run the callback after the next layout (once, however often this is asked before). */
  request(): void;
  /** Run it now, for callers already past layout (a ResizeObserver's own callback). */
  now(): void;
  dispose(): void;
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

export function layoutReader(doc: Document, run: () => void): LayoutReader {
  const win = doc.defaultView ?? window;
  const raf = frame(win);
  const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  const probe = doc.documentElement;
  let wanted = false;
  let running = false;
  let id = 0;
  let disposed = false;

  const fire = (): void => {
    wanted = false;
    running = true;
    try {
      run();
    } catch (err) {
      console.error('[Worthy] reading the layout failed', err);
    } finally {
      running = false;
    }
  };
  const ro = RO
    ? new RO(() => {
        // Always let go of the root: a later request must observe it afresh to be told again.
        ro?.unobserve(probe);
        if (wanted) fire();
      })
    : null;

  const request = (): void => {
    if (disposed || wanted) return;
    // Asked from inside the callback: observing now would be a notification this frame cannot
    // deliver any more (Chrome reports that as an error on the page); ask again next frame.
    if (running) {
      if (!id)
        id = raf.request(() => {
          id = 0;
          request();
        });
      return;
    }
    wanted = true;
    if (ro) ro.observe(probe);
    else if (!id)
      id = raf.request(() => {
        id = 0;
        fire();
      });
  };

  return {
    request,
    now: () => {
      if (!disposed) fire();
    },
    dispose() {
      disposed = true;
      wanted = false;
      ro?.disconnect();
      // The window may be gone already (a closed frame, a torn-down test window).
      try {
        if (id) raf.cancel(id);
      } catch {
        // Nothing left to cancel.
      }
    },
  };
}
