/**
 * Where the badge and the card go, as pure geometry over the composer's box.
 *
 * The badge sits in the strip just above the composer, never over it (X's attachment, emoji and
 * Send controls live there). That strip is also where the latest message ends, so each spot is
 * tried against `isFree` (a hit test of the page, see `room.ts`): left end first (away from Send),
 * then the right end, then the same two with the badge shrunk to its mark and score.
 *
 * The card opens beside the composer, outside the conversation column (over X's inbox list or the
 * timeline next to the drawer), bottom-aligned with the composer and growing upward, so the latest
 * messages stay readable while it is open. Only when there is no room on either side (a narrow
 * window) does it open above the composer.
 */
import type { Box } from './position';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface BadgeSize {
  /** Width with its words, and shrunk to mark and score; one height for both. */
  full: number;
  compact: number;
  height: number;
}

export interface BadgePlace extends Rect {
  compact: boolean;
}

const GAP = 4;
const INSET = 8;
const EDGE = 4;

/** The badge's spots in order of preference. */
export function badgeSpots(box: Box, size: BadgeSize): BadgePlace[] {
  const above = box.top - GAP - size.height;
  // A composer at the very top of the viewport (rare): the strip below it instead.
  const top = above >= EDGE ? above : Math.min(box.bottom + GAP, box.vh - size.height - EDGE);
  const spot = (width: number, side: 'left' | 'right', compact: boolean): BadgePlace => {
    const raw = side === 'left' ? box.left + INSET : box.right - INSET - width;
    const left = Math.max(EDGE, Math.min(raw, box.vw - width - EDGE));
    return { left, top, right: left + width, bottom: top + size.height, compact };
  };
  return [
    spot(size.full, 'left', false),
    spot(size.full, 'right', false),
    spot(size.compact, 'left', true),
    spot(size.compact, 'right', true),
  ];
}

/** The first free spot; when none is, the smallest one at the left end. */
export function placeBadge(box: Box, size: BadgeSize, isFree: (r: Rect) => boolean): BadgePlace {
  const spots = badgeSpots(box, size);
  return spots.find((s) => isFree(s)) ?? spots[2]!;
}

export interface CardPlace {
  left: number;
  bottom: number;
  width: number;
  maxHeight: number;
  /** Beside the composer (the thread stays visible) or, without room, above it. */
  beside: boolean;
}

export const CARD_WIDTH = 360;
const MARGIN = 8;

export function placeCard(box: Box, badge: Rect | null): CardPlace {
  const width = Math.min(CARD_WIDTH, box.vw - 2 * MARGIN);
  const fits = (room: number) => room >= width + MARGIN;
  const roomLeft = box.left - MARGIN;
  const roomRight = box.vw - box.right - MARGIN;
  const beside = fits(roomLeft) || fits(roomRight);
  // Beside: bottom-aligned with the composer. Above: over the badge, right-aligned with the box.
  const bottomAt = beside
    ? Math.min(box.bottom, box.vh - MARGIN)
    : Math.min(badge?.top ?? box.top, box.top) - MARGIN;
  const left = !beside
    ? Math.max(MARGIN, Math.min(box.right - width, box.vw - width - MARGIN))
    : fits(roomLeft)
      ? box.left - MARGIN - width
      : box.right + MARGIN;
  return {
    left,
    bottom: box.vh - bottomAt,
    width,
    maxHeight: Math.max(160, bottomAt - MARGIN),
    beside,
  };
}
