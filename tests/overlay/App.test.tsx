// @vitest-environment jsdom
/**
 * The badge's spot (overlay/App.tsx): hit tests of the page find it a free spot, and run again
 * only when a page change may have changed what they saw (room-watch.ts), not on every batch of
 * messages arriving elsewhere in the thread.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OverlayHost } from '../../src/content/overlay-host';
import { RECHECK_ANYWAY_MS, RECHECK_MS } from '../../src/overlay/App';
import { mountUi } from '../../src/overlay/index';
import { until } from '../content/harness';
import { nextFrame } from '../sites/x/fake-x';
import { makeVerdict } from './verdict-fixture';

let overlay: OverlayHost;
let anchor: HTMLElement;
let bubble: HTMLElement;
let row: HTMLElement;
/** The bubble covers the left end of the strip above the composer; the wide row is elsewhere. */
const hitTests = vi.fn((x: number, _y: number): Element[] => (x < 300 ? [bubble, row] : [row]));

const box = (left: number, top: number, right: number, bottom: number) =>
  ({ left, top, right, bottom, width: right - left, height: bottom - top }) as DOMRect;

function element(tag: string, rect: DOMRect): HTMLElement {
  const el = document.createElement(tag);
  el.getBoundingClientRect = () => rect;
  return document.body.appendChild(el);
}

beforeEach(() => {
  hitTests.mockClear();
  (document as unknown as { elementsFromPoint: typeof hitTests }).elementsFromPoint = hitTests;
  anchor = element('form', box(100, 600, 700, 660));
  row = element('li', box(90, 500, 700, 598));
  bubble = element('div', box(100, 540, 290, 598));
  overlay = new OverlayHost(document, async () => mountUi);
  overlay.prepare();
});

afterEach(() => {
  overlay.destroy();
  document.body.replaceChildren();
  delete (document as unknown as { elementsFromPoint?: unknown }).elementsFromPoint;
});

const placed = () =>
  document
    .querySelector('worthy-overlay')
    ?.shadowRoot?.querySelector<HTMLElement>('[data-worthy="badge"][data-placed="true"]');

async function showBadge(): Promise<number> {
  overlay.setBadge({ anchor, state: 'ready', verdict: makeVerdict(), draft: 'hi', gate: 'hold' });
  await until(placed);
  const calls = hitTests.mock.calls.length;
  expect(calls).toBeGreaterThan(0);
  return calls;
}

/** Two frames: the change is read after layout, and any re-render it asks for has run. */
const settle = async () => {
  await nextFrame();
  await nextFrame();
};

describe('the badge spot', () => {
  it('is not tested again for messages arriving away from it', async () => {
    const first = await showBadge();
    for (let i = 0; i < 3; i++) {
      const far = element('li', box(90, 5_000 + i * 60, 700, 5_050 + i * 60));
      overlay.pageChanged([far]);
      await settle();
    }
    expect(hitTests.mock.calls.length).toBe(first);
  });

  it('is tested again when something is added over it', async () => {
    const first = await showBadge();
    const jump = element('button', box(0, 0, 2_000, 2_000));
    overlay.pageChanged([jump]);
    await until(() => hitTests.mock.calls.length > first);
  });

  it('is tested again when what the hit tests saw moved', async () => {
    const first = await showBadge();
    bubble.getBoundingClientRect = () => box(100, 480, 290, 538);
    overlay.pageChanged([]);
    await until(() => hitTests.mock.calls.length > first);
  });

  it('is tested again when what changed is not known (a navigation, a new shadow root)', async () => {
    const first = await showBadge();
    overlay.pageChanged(null);
    await until(() => hitTests.mock.calls.length > first);
  });

  it('is tested again on a page change long after the last test, whatever it added', async () => {
    const first = await showBadge();
    // A class toggled over the spot is not a page change the hit tests can see coming.
    const now = performance.now.bind(performance);
    const later = vi.spyOn(performance, 'now').mockImplementation(() => now() + RECHECK_ANYWAY_MS);
    try {
      overlay.pageChanged([element('li', box(90, 9_000, 700, 9_050))]);
      await until(() => hitTests.mock.calls.length > first);
    } finally {
      later.mockRestore();
    }
  });

  it('is tested once more after a change it passed over, when the page then goes quiet', async () => {
    const first = await showBadge();
    // The follow-up's wait (RECHECK_ANYWAY_MS) made short; shorter waits stay as they are.
    const real = globalThis.setTimeout;
    const soon = vi
      .spyOn(globalThis, 'setTimeout')
      .mockImplementation(((fn: () => void, ms?: number) =>
        real(fn, ms !== undefined && ms > RECHECK_MS ? 30 : ms)) as typeof setTimeout);
    try {
      // A row added far below the spot: nothing the hit tests found moved, nothing is over it.
      overlay.pageChanged([element('li', box(90, 9_000, 700, 9_050))]);
      await settle();
      expect(hitTests.mock.calls.length).toBe(first);
      // Then nothing more happens on the page.
      await until(() => hitTests.mock.calls.length > first);
    } finally {
      soon.mockRestore();
    }
  });
});
