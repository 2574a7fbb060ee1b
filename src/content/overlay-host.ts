/**
 * Worthy's overlay on one page, from the always-loaded script's side. The pre-send warning is
 * built here (overlay/warning.ts), so the gate can warn on any page at any moment. The badge, the
 * card and notices come with the overlay script, which the worker injects when a DM composer first
 * appears (`prepare`); until it is there, the latest badge, a pending "Show details" and a notice
 * wait here and are handed over when it arrives. If it never arrives, the user sees no badge and
 * everything else, the gate included, works as before.
 *
 * Nothing is added to the page until something is shown. Follows X's theme, at most twice a second.
 */

import { createHost, type ShadowHost } from '../overlay/host';
import type { BadgeModel, CardActions, WarningChoice, WarningModel } from '../overlay/model';
import type { MountUi, OverlayUi } from '../overlay/port';
import { showWarning } from '../overlay/warning';
import type { VerdictMessage } from '../shared/messages';
import type { GateMode } from '../shared/settings';
import { themeOf } from '../sites/x/index.ts';
import type { Added } from '../sites/x/observe.ts';
import type { Theme } from '../sites/x/types';
import { detach, logError } from './log';

const THEME_CHECK_MS = 500;
/** After a failed load (worker gone, injection refused), wait before asking again. */
const RETRY_MS = 15_000;

export class OverlayHost {
  private shadow: ShadowHost | null = null;
  private mountUi: MountUi | null = null;
  private ui: OverlayUi | null = null;
  private loading = false;
  private retryAt = 0;
  private lastTheme = 0;
  private theme: Theme = 'light';
  private badge: BadgeModel | null = null;
  private wantDetails = false;
  private notice: { text: string; anchor: HTMLElement } | null = null;
  private warning: WarningModel | null = null;
  private actions: CardActions | null = null;

  /** `load` asks the worker for the overlay script and returns its mount, or undefined. */
  constructor(
    private readonly doc: Document,
    private readonly load: () => Promise<MountUi | undefined>,
  ) {}

  /** A DM composer is on the page: fetch the badge and card now, before the user types. */
  prepare(): void {
    if (this.mountUi || this.loading || Date.now() < this.retryAt) return;
    this.loading = true;
    detach('loading the overlay', async () => {
      try {
        this.mountUi = (await this.load()) ?? null;
      } finally {
        this.loading = false;
        if (!this.mountUi) this.retryAt = Date.now() + RETRY_MS;
      }
      if (this.mountUi && (this.badge || this.wantDetails || this.notice)) this.ensureUi();
    });
  }

  setBadge(badge: BadgeModel | null): void {
    this.badge = badge;
    if (badge) this.ensureUi();
    else this.ui?.setBadge(null);
  }

  /**
   * Shows the warning and resolves once with the user's choice. The badge for the same verdict
   * gives the draft to quote from and the person to name.
   */
  warn(verdict: VerdictMessage, gate: GateMode): Promise<WarningChoice> {
    const sh = this.host();
    sh.attach();
    const badge = this.badge;
    return new Promise<WarningChoice>((resolve) => {
      let settled = false;
      let remove = (): void => {};
      // If the page removes Worthy's host, the warning can no longer be answered: settle it as
      // "Edit message" so the held send is released (the next Enter asks again) instead of
      // leaving every later send on the page swallowed.
      const watch = new MutationObserver(() => {
        if (!sh.host.isConnected) model.choose('edit');
      });
      const model: WarningModel = {
        verdict,
        gate,
        draft: badge?.verdict === verdict ? badge.draft : '',
        recipient: badge?.recipient,
        choose: (choice) => {
          if (settled) return;
          settled = true;
          watch.disconnect();
          remove();
          this.warning = null;
          this.ui?.setWarningOpen(false);
          resolve(choice);
        },
      };
      watch.observe(this.doc.documentElement, { childList: true });
      this.warning = model;
      this.ui?.setWarningOpen(true);
      remove = showWarning(sh.root, model, () => this.showDetails());
    });
  }

  warningOpen(): boolean {
    return this.warning !== null;
  }

  /** Closes an open warning as "Edit message" (the conversation it was about is gone). */
  cancelWarning(): void {
    this.warning?.choose('edit');
  }

  /** Shows `text` by the composer at `anchor` (with the badge, so once its script is here). */
  notify(text: string, anchor: HTMLElement): void {
    this.notice = { text, anchor };
    this.ensureUi();
    if (this.ui) {
      this.ui.notify(text, anchor);
      this.notice = null;
    }
  }

  /** What the card's buttons do, now and in a card mounted later. */
  setActions(actions: CardActions | null): void {
    this.actions = actions;
    this.ui?.setActions(actions);
  }

  /**
   * The keyboard shortcut: opens the card with focus in it, or closes it and calls `back`. False
   * when there is nothing to open yet (no badge, or the card's script has not arrived).
   */
  toggleCard(back: () => void): boolean {
    if (!this.ui) {
      if (this.badge) this.prepare();
      return false;
    }
    return this.ui.toggleCard(back);
  }

  /** The page changed (`added`: what it added, null when not known): follow the theme, re-measure. */
  pageChanged(added: Added = null): void {
    if (!this.shadow) return;
    const now = Date.now();
    if (now - this.lastTheme > THEME_CHECK_MS) {
      this.lastTheme = now;
      this.theme = themeOf(this.doc);
      this.shadow.setTheme(this.theme);
      this.ui?.setTheme(this.theme);
    }
    this.ui?.reposition(added);
  }

  destroy(): void {
    this.cancelWarning();
    this.ui?.destroy();
    this.ui = null;
    this.shadow?.destroy();
    this.shadow = null;
  }

  private showDetails(): void {
    this.wantDetails = true;
    this.ensureUi();
  }

  private host(): ShadowHost {
    if (!this.shadow) {
      this.theme = themeOf(this.doc);
      this.shadow = createHost(this.doc, this.theme);
    }
    return this.shadow;
  }

  /** Mounts the badge and card if their script is here, and hands over what waited for them. */
  private ensureUi(): void {
    if (!this.mountUi) {
      this.prepare();
      return;
    }
    try {
      const sh = this.host();
      sh.attach();
      if (!this.ui) {
        this.ui = this.mountUi(sh, this.theme);
        this.ui.setActions(this.actions);
        if (this.warning) this.ui.setWarningOpen(true);
      }
      this.ui.setBadge(this.badge);
      if (this.wantDetails && !this.warning) {
        this.wantDetails = false;
        this.ui.showDetails();
      }
      if (this.notice) {
        this.ui.notify(this.notice.text, this.notice.anchor);
        this.notice = null;
      }
    } catch (err) {
      logError('overlay', err);
    }
  }
}
