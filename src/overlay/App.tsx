/** The overlay's root: the badge, its card, notices and a polite live region. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { type Added, mergeAdded } from '../sites/x/added.ts';
import { VERDICT } from '../ui/vocabulary';
import { type LayoutReader, layoutReader } from './after-layout';
import { Badge } from './Badge';
import { Card } from './Card';
import type { VerdictKind } from './model';
import { Notice } from './Notice';
import type { PageChanges } from './page-changes';
import { type BadgePlace, type BadgeSize, placeBadge, placeCard } from './placement';
import { type Box, useAnchorBox } from './position';
import { freeSpace, type RoomRecord } from './room';
import { roomChanged } from './room-watch';
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
 * While the composer and the badge keep their size and place, the hit tests run again only when
 * what they saw may have changed (room-watch.ts: a message arriving under the badge), and then at
 * most this often in a burst, once more after it: each costs milliseconds on a long conversation.
 */
export const RECHECK_MS = 250;
/**
 * What the hit tests cannot see coming (a class or style toggled over the badge's spot, a removal
 * that shifts a row into it without moving what they found) is caught this long after them: a
 * page change passed over sends them again once this much time has gone since the last ones,
 * even if the page has gone quiet by then. One hit test per this time at most, not per batch.
 */
export const RECHECK_ANYWAY_MS = 2_000;

interface Fit {
  box: Box;
  size: BadgeSize;
  at: number;
  /** What those hit tests saw, to tell whether a page change can have changed their answer. */
  seen: RoomRecord;
}
const sameFit = (a: Fit, box: Box, size: BadgeSize): boolean =>
  a.box === box &&
  a.size.full === size.full &&
  a.size.compact === size.compact &&
  a.size.height === size.height;

const hostOf = (el: Element | null): Element | undefined =>
  (el?.getRootNode() as ShadowRoot | undefined)?.host;

export function App({ store, changes }: { store: Store; changes: PageChanges }) {
  const state = useStore(store);
  const { badge, warningOpen, notice, theme, card, actions } = state;
  const rootRef = useRef<HTMLDivElement>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLSpanElement>(null);
  const [place, setPlace] = useState<BadgePlace | null>(null);
  const anchor = badge?.anchor ?? null;
  const box = useAnchorBox(anchor, changes);
  const kind = badge && badge.state !== 'paused' ? (badge.verdict?.verdict ?? null) : null;
  const announcement = useAnnouncement(badge ? kind : null);
  const fit = useRef<Fit | null>(null);
  /** The page may have changed what the last hit tests saw: test again (within RECHECK_MS). */
  const stale = useRef(false);
  const room = useRef<LayoutReader | null>(null);
  const recheck = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [, setRechecks] = useState(0);
  useEffect(() => () => clearTimeout(recheck.current), []);

  // Page changes and scrolls: after layout, compare what the hit tests saw with the page now
  // (a few box reads), and only when that may have changed render again to test again.
  useEffect(() => {
    if (!anchor) return;
    const doc = anchor.ownerDocument;
    const win = doc.defaultView ?? window;
    let added: Added = [];
    let followUp: ReturnType<typeof setTimeout> | undefined;
    const testAgain = (): void => {
      stale.current = true;
      setRechecks((n) => n + 1);
    };
    const reader = layoutReader(doc, () => {
      const news = added;
      added = [];
      const last = fit.current;
      const host = hostOf(rootRef.current);
      if (!last || !host) return;
      if (stale.current || roomChanged(last.seen, news, host)) return testAgain();
      // Passed over: test once more RECHECK_ANYWAY_MS after the last tests (at once when that
      // time has gone), even if the page then goes quiet, unless they have run again by then.
      followUp ??= setTimeout(
        () => {
          followUp = undefined;
          if (fit.current === last) testAgain();
        },
        Math.max(0, last.at + RECHECK_ANYWAY_MS - performance.now()),
      );
    });
    room.current = reader;
    const unsubscribe = changes.subscribe((a) => {
      added = mergeAdded(added, a);
      reader.request();
    });
    const opts = { capture: true, passive: true } as const;
    win.addEventListener('scroll', reader.request, opts);
    return () => {
      clearTimeout(followUp);
      unsubscribe();
      reader.dispose();
      if (room.current === reader) room.current = null;
      try {
        win.removeEventListener('scroll', reader.request, opts);
      } catch {
        // The window went away first.
      }
    };
  }, [anchor, changes]);

  // Find the badge a spot that covers neither X's controls nor the latest message: measured
  // after each render that may have changed its size or surroundings, before paint.
  useLayoutEffect(() => {
    const el = badgeRef.current;
    const host = hostOf(rootRef.current);
    if (!badge || !box || !el || !host) {
      setPlace(null);
      return;
    }
    const words = statusRef.current?.offsetWidth ?? 0;
    const now = el.offsetWidth;
    const size = place?.compact
      ? { full: now + words + BADGE_GAP, compact: now, height: el.offsetHeight }
      : { full: now, compact: now - words - BADGE_GAP, height: el.offsetHeight };
    const last = fit.current;
    const moved = !place || !last || !sameFit(last, box, size);
    if (!moved && !stale.current) return;
    const at = performance.now();
    if (!moved && last && at - last.at < RECHECK_MS) {
      // Test again once the burst has had RECHECK_MS, after that frame's layout.
      recheck.current ??= setTimeout(
        () => {
          recheck.current = undefined;
          room.current?.request();
        },
        RECHECK_MS - (at - last.at),
      );
      return;
    }
    stale.current = false;
    const seen: RoomRecord = { spots: [], hits: [] };
    fit.current = { box, size, at, seen };
    const next = placeBadge(box, size, freeSpace(badge.anchor, host, seen));
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
      {notice ? <Notice model={notice} changes={changes} place={place} /> : null}
    </div>
  );
}
