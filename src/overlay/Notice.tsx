/**
 * A short message by the composer that needs the user's attention now, e.g. "Your message
 * changed while Worthy was checking; press Enter again": an alert, so screen readers say it too.
 * Never focused: the user stays in X's editor. It sits just above the badge's strip, so it
 * covers neither X's controls nor the latest message.
 */
import type { NoticeModel } from './model';
import type { PageChanges } from './page-changes';
import type { BadgePlace } from './placement';
import { useAnchorBox } from './position';

/** Height of the notice's line plus a gap, above the badge. */
const ABOVE_BADGE = 34;

export function Notice({
  model,
  changes,
  place,
}: {
  model: NoticeModel;
  changes: PageChanges;
  place: BadgePlace | null;
}) {
  const box = useAnchorBox(model.anchor, changes);
  if (!box) return null;
  const top = (place?.top ?? box.top) - ABOVE_BADGE;
  const left = place?.left ?? box.left;
  return (
    <div
      class="notice"
      role="alert"
      data-worthy="notice"
      style={{ top: `${top}px`, left: `${left}px` }}
    >
      {model.text}
    </div>
  );
}
