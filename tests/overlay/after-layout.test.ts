// @vitest-environment jsdom
/** overlay/after-layout.ts: one callback after the next layout, however often it is asked. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutReader } from '../../src/overlay/after-layout';
import { nextFrame } from '../sites/x/fake-x';

class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly cb: () => void) {
    FakeResizeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  /** The browser's rendering step, after layout. */
  deliver() {
    if (this.observed.size) this.cb();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeResizeObserver.last = null;
});

describe('layoutReader', () => {
  it('observes the root element once per request burst and runs once after layout', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const run = vi.fn();
    const reader = layoutReader(document, run);
    const ro = FakeResizeObserver.last!;
    reader.request();
    reader.request();
    expect(ro.observed).toEqual(new Set([document.documentElement]));
    expect(run).not.toHaveBeenCalled();
    ro.deliver();
    expect(run).toHaveBeenCalledTimes(1);
    // Let go, so the next request is reported afresh.
    expect(ro.observed.size).toBe(0);
    ro.deliver();
    expect(run).toHaveBeenCalledTimes(1);
    reader.dispose();
  });

  it('asks again next frame when asked from inside its own callback', async () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    let reader: ReturnType<typeof layoutReader> | null = null;
    const run = vi.fn(() => {
      if (run.mock.calls.length === 1) reader?.request();
    });
    reader = layoutReader(document, run);
    const ro = FakeResizeObserver.last!;
    reader.request();
    ro.deliver();
    // Not observed during this delivery (Chrome could not report it this frame)...
    expect(ro.observed.size).toBe(0);
    await nextFrame();
    // ...but on the next one.
    expect(ro.observed.size).toBe(1);
    ro.deliver();
    expect(run).toHaveBeenCalledTimes(2);
    reader.dispose();
  });

  it('falls back to the next animation frame without ResizeObserver', async () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const run = vi.fn();
    const reader = layoutReader(document, run);
    reader.request();
    reader.request();
    await nextFrame();
    expect(run).toHaveBeenCalledTimes(1);
    reader.dispose();
  });
});
