/**
 * A short message by the composer that needs the user's attention now, e.g. "Your message
 * changed while Worthy was checking; press Enter again": an alert, so screen readers say it too.
 * Never focused: the user stays in X's editor.
 */
import { badgePosition } from './Badge';
import type { NoticeModel } from './model';
import { useAnchorBox } from './position';

export function Notice({ model, tick }: { model: NoticeModel; tick: number }) {
  const box = useAnchorBox(model.anchor, tick);
  if (!box) return null;
  const { top, right } = badgePosition(box);
  // Left of the badge, on the same line.
  return (
    <div
      class="notice"
      role="alert"
      data-worthy="notice"
      style={{ top: `${top}px`, right: `${right + 120}px` }}
    >
      {model.text}
    </div>
  );
}
