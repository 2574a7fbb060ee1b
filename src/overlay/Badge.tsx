/**
 * The small pill next to X's composer. It is a real <button> reachable by Tab, but nothing ever
 * focuses it programmatically while the user types, so it never steals keystrokes.
 */
import type { Ref } from 'preact';
import { msg } from '../shared/i18n';
import { badgeLabel } from './labels';
import type { BadgeModel } from './model';
import type { Box } from './position';

const SHORT = {
  send: 'overlay_badge_short_send',
  revise: 'overlay_badge_short_revise',
  hold: 'overlay_badge_short_hold',
} as const;
/** What the gate is doing, shown instead of the verdict while it applies. */
const STATUS_SHORT = {
  checking: 'overlay_badge_short_checking',
  unchecked: 'overlay_badge_short_unchecked',
} as const;
const BADGE_H = 28;
const GAP = 6;

export function badgePosition(box: Box): { top: number; right: number } {
  // Above the composer's top-right corner; inside it when there is no room above.
  const above = box.top - BADGE_H - GAP;
  const top = above >= 4 ? above : box.top + GAP;
  const right = Math.max(4, box.vw - box.right + 8);
  return { top: Math.round(top), right: Math.round(right) };
}

export interface BadgeProps {
  model: BadgeModel;
  box: Box;
  expanded: boolean;
  panelId: string;
  onToggle(): void;
  buttonRef: Ref<HTMLButtonElement>;
}

export function Badge({ model, box, expanded, panelId, onToggle, buttonRef }: BadgeProps) {
  const { top, right } = badgePosition(box);
  const v = model.status ? null : model.verdict;
  const text = model.status
    ? msg(STATUS_SHORT[model.status])
    : model.state === 'paused'
      ? msg('overlay_badge_short_paused')
      : v
        ? msg(SHORT[v.verdict])
        : model.state === 'error'
          ? 'Worthy' // the product name, never translated
          : msg('overlay_badge_short_checking');
  return (
    <button
      ref={buttonRef}
      type="button"
      class="badge"
      style={{ top: `${top}px`, right: `${right}px` }}
      tabIndex={0}
      aria-label={badgeLabel(model)}
      aria-expanded={expanded}
      aria-controls={panelId}
      aria-haspopup="dialog"
      data-worthy="badge"
      data-state={model.state}
      data-status={model.status}
      data-verdict={model.state === 'paused' ? undefined : v?.verdict}
      // Keep X's editor focused when the badge is clicked with the mouse.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onToggle}
    >
      <span class="dot" aria-hidden="true" />
      <span aria-hidden="true">{text}</span>
      {/* A space (not rendered in the flex row) so the visible text reads "Send 87", which the
          accessible name contains (WCAG 2.5.3; axe read it as "Send87"). */}{' '}
      {v && model.state !== 'paused' ? (
        <span class="score" aria-hidden="true">
          {Math.round(v.score)}
        </span>
      ) : null}
    </button>
  );
}
