// @vitest-environment jsdom
/** When the badge's hit tests must run again (overlay/room-watch.ts), decided from boxes only. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Rect } from '../../src/overlay/placement';
import type { RoomRecord } from '../../src/overlay/room';
import { roomChanged } from '../../src/overlay/room-watch';

const r = (left: number, top: number, right: number, bottom: number): Rect => ({
  left,
  top,
  right,
  bottom,
});

afterEach(() => document.body.replaceChildren());

function scene() {
  const ours = document.body.appendChild(document.createElement('worthy-overlay'));
  const bubble = document.body.appendChild(document.createElement('div'));
  const row = document.body.appendChild(document.createElement('li'));
  const boxes = new Map<Element, Rect>([
    [bubble, r(10, 540, 300, 590)],
    [row, r(0, 530, 590, 595)],
  ]);
  const boxOf = (el: Element): Rect => boxes.get(el) ?? r(0, 0, 0, 0);
  // Spot one (left) was taken by the bubble; spot two (right) free over the wide row.
  const seen: RoomRecord = {
    spots: [r(8, 570, 178, 596), r(400, 570, 570, 596)],
    hits: [
      { el: bubble, rect: r(10, 540, 300, 590) },
      { el: row, rect: r(0, 530, 590, 595) },
    ],
  };
  return { ours, bubble, row, boxes, boxOf, seen };
}

describe('roomChanged', () => {
  it('is false when nothing seen moved and nothing was added over a tested spot', () => {
    const { ours, boxOf, seen } = scene();
    const far = document.body.appendChild(document.createElement('li'));
    const boxes = (el: Element) => (el === far ? r(0, 9000, 590, 9050) : boxOf(el));
    expect(roomChanged(seen, [], ours, boxOf)).toBe(false);
    // Messages arriving far below (a thread read from the top): nothing to test again.
    expect(roomChanged(seen, [far], ours, boxes)).toBe(false);
  });

  it('is true when something seen moved, changed size or left the page', () => {
    const { ours, bubble, row, boxes, boxOf, seen } = scene();
    boxes.set(bubble, r(10, 480, 300, 530));
    expect(roomChanged(seen, [], ours, boxOf)).toBe(true);
    boxes.set(bubble, r(10, 540, 300, 590));
    boxes.set(row, r(0, 530, 590, 600));
    expect(roomChanged(seen, [], ours, boxOf)).toBe(true);
    boxes.set(row, r(0, 530, 590, 595));
    bubble.remove();
    expect(roomChanged(seen, [], ours, boxOf)).toBe(true);
  });

  it('is true when an addition overlaps a tested spot, or when what was added is not known', () => {
    const { ours, boxOf, seen } = scene();
    const jump = document.body.appendChild(document.createElement('button'));
    const boxes = (el: Element) => (el === jump ? r(450, 560, 490, 600) : boxOf(el));
    expect(roomChanged(seen, [jump], ours, boxes)).toBe(true);
    expect(roomChanged(seen, null, ours, boxOf)).toBe(true);
  });

  it('ignores Worthy’s own host and additions already gone again', () => {
    const { ours, boxOf, seen } = scene();
    const gone = document.createElement('div');
    const boxes = (el: Element) => (el === ours || el === gone ? r(0, 0, 2000, 2000) : boxOf(el));
    expect(roomChanged(seen, [ours, gone], ours, boxes)).toBe(false);
  });
});
