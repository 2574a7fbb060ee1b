import { describe, expect, it } from 'vitest';
import { badgeSpots, placeBadge, placeCard, type Rect } from '../../src/overlay/placement';
import type { Box } from '../../src/overlay/position';

/** X Chat at 1024×640: inbox on the left, the composer along the bottom of the thread. */
const chat: Box = {
  top: 580,
  left: 532,
  right: 1012,
  bottom: 620,
  width: 480,
  height: 40,
  vw: 1024,
  vh: 640,
};
/** The legacy DM drawer: 400 px wide at the bottom right of the timeline. */
const drawer: Box = {
  top: 570,
  left: 616,
  right: 992,
  bottom: 628,
  width: 376,
  height: 58,
  vw: 1024,
  vh: 640,
};
const size = { full: 170, compact: 60, height: 26 };
const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeBadge', () => {
  it('sits in the strip just above the composer, never over it, left end first', () => {
    const p = placeBadge(chat, size, () => true);
    expect(p).toMatchObject({ left: chat.left + 8, compact: false });
    expect(p.bottom).toBeLessThanOrEqual(chat.top);
    expect(p.bottom).toBe(chat.top - 4);
  });

  it('moves to the right end when the latest message takes the left', () => {
    const theirs: Rect = { left: 548, top: 520, right: 800, bottom: 564 };
    const p = placeBadge(chat, size, (r) => !overlaps(r, theirs));
    expect(p.compact).toBe(false);
    expect(p.right).toBe(chat.right - 8);
    expect(overlaps(p, theirs)).toBe(false);
  });

  it('shrinks to its mark and score when a wide message leaves only a corner', () => {
    const mine: Rect = { left: 700, top: 520, right: 996, bottom: 564 };
    const theirs: Rect = { left: 600, top: 480, right: 900, bottom: 566 };
    const taken = [mine, { ...theirs, left: 548, right: 660 }];
    const p = placeBadge(drawer, size, (r) => taken.every((t) => !overlaps(r, t)));
    expect(p.compact).toBe(true);
  });

  it('falls back to the compact spot on the left when nothing is free', () => {
    expect(placeBadge(chat, size, () => false)).toMatchObject({
      compact: true,
      left: chat.left + 8,
    });
  });

  it('goes below a composer at the very top of the window, and stays inside the viewport', () => {
    const top: Box = { ...chat, top: 2, bottom: 42 };
    const [first] = badgeSpots(top, size);
    expect(first!.top).toBe(42 + 4);
    const narrow: Box = { ...chat, left: 10, right: 120, vw: 130 };
    for (const s of badgeSpots(narrow, size)) {
      expect(s.left).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('placeCard', () => {
  it('opens beside the Chat composer, outside the thread, bottom-aligned, growing upward', () => {
    const p = placeCard(chat, null);
    expect(p.beside).toBe(true);
    expect(p.left + p.width).toBeLessThanOrEqual(chat.left);
    expect(p.bottom).toBe(chat.vh - chat.bottom);
    expect(p.maxHeight).toBe(chat.bottom - 8);
  });

  it('opens beside the drawer too, leaving every message in it visible', () => {
    const p = placeCard(drawer, null);
    expect(p.beside).toBe(true);
    expect(p.left + p.width).toBeLessThanOrEqual(drawer.left);
  });

  it('opens on the right when only the right has room, above the composer when neither has', () => {
    const leftEdge: Box = { ...chat, left: 10, right: 500, vw: 1024 };
    expect(placeCard(leftEdge, null)).toMatchObject({ beside: true, left: 508 });
    const full: Box = { ...chat, left: 8, right: 592, vw: 600 };
    const badge = { left: 16, top: 550, right: 186, bottom: 576 };
    const p = placeCard(full, badge);
    expect(p.beside).toBe(false);
    expect(p.bottom).toBe(full.vh - (550 - 8));
    expect(p.width).toBe(360);
  });
});
