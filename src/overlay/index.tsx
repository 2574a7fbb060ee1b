/**
 * Mounts Worthy's overlay: a host element appended to <html> (outside X's React tree) with its
 * own open shadow root, styles inside it, and a Preact tree rendering the badge, card and
 * warning. The content script drives it through the returned handle.
 */
import { render } from 'preact';
import type { VerdictMessage } from '../shared/messages';
import type { GateMode } from '../shared/settings';
import type { Theme } from '../sites/x/types';
import { App } from './App';
import type { BadgeModel, CardActions, WarningChoice, WarningModel } from './model';
import { createStore } from './store';
import { CARD_CSS, HOST_STYLE, WARNING_CSS } from './styles';

export type {
  BadgeModel,
  BadgeState,
  BadgeStatus,
  CardActions,
  Recipient,
  WarningChoice,
} from './model';

export interface Overlay {
  readonly host: HTMLElement;
  setBadge(badge: BadgeModel | null): void;
  setTheme(theme: Theme): void;
  /** Shows the warning; resolves once with the user's choice. */
  warn(verdict: VerdictMessage, gate: GateMode): Promise<WarningChoice>;
  warningOpen(): boolean;
  /** Closes an open warning as "Edit message" (the conversation it was about is gone). */
  cancelWarning(): void;
  /** Shows `text` by the composer at `anchor` until the user acts or NOTICE_MS pass. */
  notify(text: string, anchor: HTMLElement): void;
  /** The page changed: re-measure the composer on the next frame. */
  reposition(): void;
  /** What the card's buttons do (set a reason aside, undo, an opener line). */
  setActions(actions: CardActions | null): void;
  /**
   * The keyboard shortcut: opens the card with focus in it when a badge shows, or closes it and
   * calls `back` (focus to the composer). False when there is no badge to open a card from.
   */
  toggleCard(back: () => void): boolean;
  destroy(): void;
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;
/** Long enough to read a sentence twice. */
export const NOTICE_MS = 8_000;

export function mountOverlay(doc: Document, theme: Theme = 'light'): Overlay {
  const host = doc.createElement('worthy-overlay');
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('data-worthy', 'host');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${WARNING_CSS}\n${CARD_CSS}`;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Keys pressed inside Worthy's UI are ours: X's document-level shortcuts must not see them.
  const stop = (e: Event): void => e.stopPropagation();
  for (const t of KEY_EVENTS) shadow.addEventListener(t, stop);
  doc.documentElement.appendChild(host);

  const store = createStore({
    theme,
    badge: null,
    warning: null,
    card: null,
    actions: null,
    notice: null,
    tick: 0,
  });
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  render(<App store={store} />, container);
  const ensureAttached = (): void => {
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };

  return {
    host,
    setBadge(badge) {
      if (badge) ensureAttached();
      // No card outlives its badge.
      store.set(badge ? { badge } : { badge, card: null });
    },
    setTheme(t) {
      if (store.get().theme !== t) store.set({ theme: t });
    },
    warn(verdict, gate) {
      ensureAttached();
      return new Promise<WarningChoice>((resolve) => {
        let settled = false;
        // If the page removes Worthy's host, the warning can no longer be answered: settle it as
        // "Edit message" so the held send is released (the next Enter asks again) instead of
        // leaving every later send on the page swallowed.
        const watch = new MutationObserver(() => {
          if (!host.isConnected) warning.choose('edit');
        });
        // The badge shows the same verdict for the same draft: quote from it and name its person.
        const badge = store.get().badge;
        const warning: WarningModel = {
          verdict,
          gate,
          draft: badge?.verdict === verdict ? badge.draft : '',
          recipient: badge?.recipient,
          choose(choice) {
            if (settled) return;
            settled = true;
            watch.disconnect();
            store.set({ warning: null });
            resolve(choice);
          },
        };
        watch.observe(doc.documentElement, { childList: true });
        // Nothing stays open behind the warning.
        store.set({ warning, card: null });
      });
    },
    notify(text, anchor) {
      ensureAttached();
      clearTimeout(noticeTimer);
      store.set({ notice: { text, anchor } });
      noticeTimer = setTimeout(() => store.set({ notice: null }), NOTICE_MS);
    },
    warningOpen: () => store.get().warning !== null,
    cancelWarning() {
      store.get().warning?.choose('edit');
    },
    reposition() {
      if (store.get().badge) store.set({ tick: store.get().tick + 1 });
    },
    setActions(actions) {
      store.set({ actions });
    },
    toggleCard(back) {
      const { badge, card, warning } = store.get();
      if (warning) return false;
      if (card) {
        store.set({ card: null });
        back();
        return true;
      }
      if (!badge) return false;
      store.set({ card: { details: false, focus: true, returnTo: back } });
      return true;
    },
    destroy() {
      clearTimeout(noticeTimer);
      store.get().warning?.choose('edit');
      render(null, container);
      host.remove();
    },
  };
}
