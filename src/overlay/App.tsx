/** The overlay's root: the badge, its card, notices and a polite live region. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { VERDICT } from '../ui/vocabulary';
import { Badge } from './Badge';
import { Card } from './Card';
import type { VerdictKind } from './model';
import { Notice } from './Notice';
import { type BadgePlace, type BadgeSize, placeBadge, placeCard } from './placement';
import { type Box, useAnchorBox } from './position';
import { freeSpace } from './room';
import type { Store } from './store';

const CARD_ID = 'worthy-card';
/** The flex gap between the badge's status words and its other parts (see card.css). */
const BADGE_GAP = 6;

function useStore(store: Store) {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(() => setState(store.get()));
  }, [store]);
  return state;
}

/** Text for the live region: changes only when the verdict kind changes. */
function useAnnouncement(kind: VerdictKind | null): string {
  const prev = useRef<VerdictKind | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (kind === prev.current) return;
    prev.current = kind;
    if (kind) setText(msg('overlay_announce_verdict', [msg(VERDICT[kind].name)]));
  }, [kind]);
  return text;
}

const samePlace = (a: BadgePlace | null, b: BadgePlace | null): boolean =>
  a === b || (!!a && !!b && a.left === b.left && a.top === b.top && a.compact === b.compact);

/**
 * While the composer and the badge keep their size and place, only X's content under the badge
 * can change (messages arriving): the hit tests that see it cost milliseconds each on a long
 * conversation, so they run again at most this often, once a burst of page changes is over.
 */
export const RECHECK_MS = 250;

interface Fit {
  box: Box;
  size: BadgeSize;
  at: number;
}
const sameFit = (a: Fit, box: Box, size: BadgeSize): boolean =>
  a.box === box &&
  a.size.full === size.full &&
  a.size.compact === size.compact &&
  a.size.height === size.height;

export function App({ store }: { store: Store }) {
  const state = useStore(store);
  const { badge, warningOpen, notice, theme, tick, card, actions } = state;
  const rootRef = useRef<HTMLDivElement>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLSpanElement>(null);
  const [place, setPlace] = useState<BadgePlace | null>(null);
  const box = useAnchorBox(badge?.anchor ?? null, tick);
  const kind = badge && badge.state !== 'paused' ? (badge.verdict?.verdict ?? null) : null;
  const announcement = useAnnouncement(badge ? kind : null);
  const fit = useRef<Fit | null>(null);
  const recheck = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [, setRechecks] = useState(0);
  useEffect(() => () => clearTimeout(recheck.current), []);

  // Find the badge a spot that covers neither X's controls nor the latest message: measured
  // after each render that may have changed its size or surroundings, before paint.
  useLayoutEffect(() => {
    const el = badgeRef.current;
    const host = (rootRef.current?.getRootNode() as ShadowRoot | undefined)?.host;
    if (!badge || !box || !el || !host) {
      setPlace(null);
      return;
    }
    const words = statusRef.current?.offsetWidth ?? 0;
    const now = el.offsetWidth;
    const size = place?.compact
      ? { full: now + words + BADGE_GAP, compact: now, height: el.offsetHeight }
      : { full: now, compact: now - words - BADGE_GAP, height: el.offsetHeight };
    const at = performance.now();
    const last = fit.current;
    if (place && last && sameFit(last, box, size) && at - last.at < RECHECK_MS) {
      recheck.current ??= setTimeout(
        () => {
          recheck.current = undefined;
          setRechecks((n) => n + 1);
        },
        RECHECK_MS - (at - last.at),
      );
      return;
    }
    fit.current = { box, size, at };
    const next = placeBadge(box, size, freeSpace(badge.anchor, host));
    if (!samePlace(next, place)) setPlace(next);
  });

  const close = (): void => {
    store.set({ card: null });
    // Opened from the composer (the shortcut): back there; opened from the badge: to the badge.
    if (card?.returnTo) card.returnTo();
    else if (card?.focus) badgeRef.current?.focus({ preventScroll: true });
  };
  const toggle = (): void =>
    card ? close() : store.set({ card: { details: false, focus: true } });

  return (
    <div class="w-root w" data-theme={theme} ref={rootRef}>
      <div class="w-sr" role="status" aria-live="polite" aria-atomic="true" data-worthy="live">
        {announcement}
      </div>
      {badge && box ? (
        <Badge
          model={badge}
          place={place}
          expanded={!!card}
          cardId={CARD_ID}
          buttonRef={badgeRef}
          statusRef={statusRef}
          onToggle={toggle}
        />
      ) : null}
      {badge && box && card && !warningOpen ? (
        <Card
          id={CARD_ID}
          model={badge}
          place={placeCard(box, place)}
          details={card.details}
          takeFocus={card.focus}
          actions={actions}
          onToggleDetails={() => store.set({ card: { ...card, details: !card.details } })}
          onClose={close}
        />
      ) : null}
      {notice ? <Notice model={notice} tick={tick} place={place} /> : null}
    </div>
  );
}
