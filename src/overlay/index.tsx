/**
 * The badge, its card and the notices: a Preact tree in Worthy's shadow root (host.ts), mounted by
 * the overlay script the worker injects once a DM composer first appears (ui.entry.ts). The
 * content script drives it through the returned handle (port.ts); the pre-send warning is not
 * here but in the always-loaded script (warning.ts), so the gate never waits for this one.
 */
import { render } from 'preact';
import type { Theme } from '../sites/x/types';
import { App } from './App';
import { CARD_CSS } from './card-styles';
import type { ShadowHost } from './host';
import { createPageChanges } from './page-changes';
import type { OverlayUi } from './port';
import { createStore } from './store';

export type {
  BadgeModel,
  BadgeState,
  BadgeStatus,
  CardActions,
  Recipient,
  WarningChoice,
} from './model';

/** Long enough to read a sentence twice. */
export const NOTICE_MS = 8_000;

export function mountUi(host: ShadowHost, theme: Theme): OverlayUi {
  const doc = host.host.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const container = doc.createElement('div');
  host.shadow.append(style, container);
  const store = createStore({
    theme,
    badge: null,
    warningOpen: false,
    card: null,
    actions: null,
    notice: null,
  });
  const changes = createPageChanges();
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  render(<App store={store} changes={changes} />, container);

  return {
    setBadge(badge) {
      // No card outlives its badge.
      store.set(badge ? { badge } : { badge, card: null });
    },
    setTheme(t) {
      if (store.get().theme !== t) store.set({ theme: t });
    },
    showDetails() {
      store.set({ card: { details: true, focus: false } });
    },
    setWarningOpen(open) {
      // Nothing stays open behind the warning.
      store.set(open ? { warningOpen: true, card: null } : { warningOpen: false });
    },
    notify(text, anchor) {
      clearTimeout(noticeTimer);
      store.set({ notice: { text, anchor } });
      noticeTimer = setTimeout(() => store.set({ notice: null }), NOTICE_MS);
    },
    reposition(added = null) {
      changes.emit(added);
    },
    setActions(actions) {
      store.set({ actions });
    },
    toggleCard(back) {
      const { badge, card, warningOpen } = store.get();
      if (warningOpen) return false;
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
      render(null, container);
      container.remove();
      style.remove();
    },
  };
}
