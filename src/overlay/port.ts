/**
 * How the always-loaded content script and the overlay script injected later meet. Both run in
 * the extension's isolated world on the x.com page, which shares one global object between them
 * and none with the page's own scripts. The injected script offers its `mount` there when it
 * runs (ui.entry.ts); the content script takes it once the worker says the injection is done
 * (content/overlay-host.ts).
 */
import type { Added } from '../sites/x/added.ts';
import type { Theme } from '../sites/x/types';
import type { ShadowHost } from './host';
import type { BadgeModel, CardActions } from './model';

/** The badge, its card and the notices, as the content script drives them. */
export interface OverlayUi {
  setBadge(badge: BadgeModel | null): void;
  setTheme(theme: Theme): void;
  /** The card with its ledger open, focus left in X's editor ("Show details" in the warning). */
  showDetails(): void;
  /** While the warning is open nothing else stays open behind it. */
  setWarningOpen(open: boolean): void;
  /** Shows `text` by the composer at `anchor` for a while. */
  notify(text: string, anchor: HTMLElement): void;
  /**
   * The page changed: re-measure the composer after the next layout, and test the badge's spot
   * again if `added` (what the change added; null when not known) or a move may have taken it.
   */
  reposition(added?: Added): void;
  /** What the card's buttons do (set a reason aside, undo, an opener line). */
  setActions(actions: CardActions | null): void;
  /**
   * The keyboard shortcut: opens the card with focus in it when a badge shows, or closes it and
   * calls `back` (focus to the composer). False when there is no badge to open a card from.
   */
  toggleCard(back: () => void): boolean;
  destroy(): void;
}

export type MountUi = (host: ShadowHost, theme: Theme) => OverlayUi;

const KEY = Symbol.for('worthy.overlay-ui');

export function offerUi(mount: MountUi): void {
  (globalThis as Record<symbol, unknown>)[KEY] = mount;
}

export function offeredUi(): MountUi | undefined {
  return (globalThis as Record<symbol, MountUi | undefined>)[KEY];
}
