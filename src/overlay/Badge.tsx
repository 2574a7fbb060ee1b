/**
 * The small pill next to X's composer. It is a real <button> reachable by Tab, but nothing ever
 * focuses it programmatically while the user types, so it never steals keystrokes.
 */
import type { Ref } from 'preact';
import { badgeLabel } from './labels';
import type { BadgeModel } from './model';
import type { Box } from './position';

const SHORT = { send: 'Send', revise: 'Revise', hold: 'Hold' } as const;
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
  const v = model.verdict;
  const text =
    model.state === 'paused'
      ? 'Paused'
      : v
        ? SHORT[v.verdict]
        : model.state === 'error'
          ? 'Worthy'
          : 'Checking';
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
      data-verdict={model.state === 'paused' ? undefined : v?.verdict}
      // Keep X's editor focused when the badge is clicked with the mouse.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onToggle}
    >
      <span class="dot" aria-hidden="true" />
      <span aria-hidden="true">{text}</span>
      {v && model.state !== 'paused' ? (
        <span class="score" aria-hidden="true">
          {Math.round(v.score)}
        </span>
      ) : null}
    </button>
  );
}
