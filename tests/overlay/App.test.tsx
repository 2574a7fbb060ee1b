// @vitest-environment jsdom
/**
 * The badge's spot (overlay/App.tsx): hit tests of the page find it a free spot; while the
 * composer and the badge keep their size and place, page changes (messages arriving) look again
 * at most once per RECHECK_MS, and always once after the last of them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OverlayHost } from '../../src/content/overlay-host';
import { RECHECK_MS } from '../../src/overlay/App';
import { mountUi } from '../../src/overlay/index';
import { until } from '../content/harness';
import { makeVerdict } from './verdict-fixture';

const tick = () => new Promise((r) => setTimeout(r, 40));

let overlay: OverlayHost;
let anchor: HTMLElement;
const hitTests = vi.fn((_x: number, _y: number): Element[] => []);

beforeEach(() => {
  hitTests.mockClear();
  (document as unknown as { elementsFromPoint: typeof hitTests }).elementsFromPoint = hitTests;
  anchor = document.createElement('form');
  anchor.getBoundingClientRect = () =>
    ({ top: 600, left: 100, right: 700, bottom: 660, width: 600, height: 60 }) as DOMRect;
  document.body.append(anchor);
  overlay = new OverlayHost(document, async () => mountUi);
  overlay.prepare();
});

afterEach(() => {
  overlay.destroy();
  anchor.remove();
  delete (document as unknown as { elementsFromPoint?: unknown }).elementsFromPoint;
});

const placed = () =>
  document
    .querySelector('worthy-overlay')
    ?.shadowRoot?.querySelector<HTMLElement>('[data-worthy="badge"][data-placed="true"]');

describe('the badge spot', () => {
  it('is found by hit tests, and page changes in a burst do not repeat them', async () => {
    overlay.setBadge({ anchor, state: 'ready', verdict: makeVerdict(), draft: 'hi', gate: 'hold' });
    await until(placed);
    const first = hitTests.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    // Messages arriving: the composer did not move, X's content under the badge may have.
    for (let i = 0; i < 3; i++) {
      overlay.pageChanged();
      await tick();
    }
    // Three page changes, one spot (six points) tested again at most: not once per change.
    expect(hitTests.mock.calls.length - first).toBeLessThanOrEqual(6);
    // Once the burst is over (RECHECK_MS after the last look), one more look.
    await until(() => hitTests.mock.calls.length > first);
    expect(RECHECK_MS).toBeLessThanOrEqual(500);
  });
});
