/**
 * Worthy's status by X's composer: its mark, the verdict's glyph and words and the score
 * ("✓ Worth sending · 82"), or a state ("Checking…", "Sent unchecked"). Never the word "Send":
 * it reports, it does not offer to act. It is a real <button> reachable by Tab, but nothing ever
 * focuses it programmatically while the user types, so it never steals keystrokes.
 */
import type { Ref } from 'preact';
import { ToneIcon, WorthyMark } from '../ui/icons';
import { badgeWords } from './badge-words';
import type { BadgeModel } from './model';
import type { BadgePlace } from './placement';

export interface BadgeProps {
  model: BadgeModel;
  /** Null until measured and placed: rendered hidden so its width can be read. */
  place: BadgePlace | null;
  expanded: boolean;
  cardId: string;
  onToggle(): void;
  buttonRef: Ref<HTMLButtonElement>;
  statusRef: Ref<HTMLSpanElement>;
}

export function Badge({
  model,
  place,
  expanded,
  cardId,
  onToggle,
  buttonRef,
  statusRef,
}: BadgeProps) {
  const w = badgeWords(model);
  const v = model.verdict;
  return (
    <button
      ref={buttonRef}
      type="button"
      class={`badge w-tone--${w.tone}`}
      style={place ? { left: `${place.left}px`, top: `${place.top}px` } : { left: '0', top: '0' }}
      aria-label={w.label}
      aria-expanded={expanded}
      aria-controls={cardId}
      aria-haspopup="dialog"
      data-worthy="badge"
      data-state={model.status ?? model.state}
      data-status={model.status}
      data-verdict={w.score !== null ? v?.verdict : undefined}
      data-placed={place ? 'true' : 'false'}
      data-compact={place?.compact ? 'true' : undefined}
      // Keep X's editor focused when the badge is clicked with the mouse.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onToggle}
    >
      <WorthyMark />
      {w.score !== null && <ToneIcon tone={w.tone} size={14} />}
      <span ref={statusRef} class={`badge__status${place?.compact ? ' is-hidden' : ''}`}>
        {w.status}
        {w.score !== null ? ' ·' : ''}
      </span>
      {/* A space (not rendered in the flex row) so the text reads "Worth sending · 82", as the
          accessible name does (WCAG 2.5.3; without it axe reads "·82"). */}{' '}
      {w.score !== null && <span class="badge__score">{w.score}</span>}
    </button>
  );
}
