/**
 * Worthy's overlay for one page, mounted only when something is to be shown: on pages where no
 * composer is found, Worthy adds nothing to the DOM. Follows X's theme, at most twice a second.
 */
import { type CardActions, mountOverlay, type Overlay } from '../overlay/index';
import { themeOf } from '../sites/x/index.ts';

const THEME_CHECK_MS = 500;

export class OverlayHost {
  private overlay: Overlay | null = null;
  private lastTheme = 0;
  private actions: CardActions | null = null;

  constructor(private readonly doc: Document) {}

  /** The overlay, mounted now if it was not. */
  get(): Overlay {
    if (!this.overlay) {
      this.overlay = mountOverlay(this.doc, themeOf(this.doc));
      this.overlay.setActions(this.actions);
    }
    return this.overlay;
  }

  /** What the card's buttons do, now and in an overlay mounted later. */
  setActions(actions: CardActions | null): void {
    this.actions = actions;
    this.overlay?.setActions(actions);
  }

  /** The overlay if it is mounted; never mounts it. */
  peek(): Overlay | null {
    return this.overlay;
  }

  /** The page changed: follow the theme and re-measure the composer. */
  pageChanged(): void {
    const o = this.overlay;
    if (!o) return;
    const now = Date.now();
    if (now - this.lastTheme > THEME_CHECK_MS) {
      this.lastTheme = now;
      o.setTheme(themeOf(this.doc));
    }
    o.reposition();
  }

  destroy(): void {
    this.overlay?.destroy();
    this.overlay = null;
  }
}
