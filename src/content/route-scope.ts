/**
 * Everything that belongs to one route (one URL of X's single-page app): the composers found on
 * it, which one the user is in, the listeners on their editors, the page diagnosis and, on a
 * profile, the profile watcher. A navigation disposes the scope (one AbortController tears down
 * its listeners and timers) and the session starts a new one, so nothing judged against one
 * conversation leaks into the next.
 */
import type { Added } from '../sites/x/observe.ts';
import type { ComposerHandle, Diagnosis, ProfileSnapshot } from '../sites/x/types';
import { guard } from './log';
import { PageStatus } from './page-status';
import { ProfileWatcher } from './profile-watch';

export interface RouteDeps {
  /** The composers on the page; `added` is what the page change added (null: not known). */
  findComposers(added: Added): ComposerHandle[];
  diagnose(): Diagnosis;
  /** The profile shown, when this route is a profile page; null elsewhere. */
  readProfile: (() => ProfileSnapshot | null) | null;
  report: {
    status(d: Diagnosis): void;
    profile(p: ProfileSnapshot): void;
  };
  /** The draft in `c` changed; `pasted` when the change was a paste or a drop. */
  edited(c: ComposerHandle, pasted: boolean): void;
  /** The user focused `c`; `moved` when it is a different composer than before. */
  focused(c: ComposerHandle, moved: boolean): void;
  /** No composer is active any more. */
  left(): void;
}

const PASTES: ReadonlySet<string> = new Set(['insertFromPaste', 'insertFromDrop']);

export class RouteScope {
  private readonly life = new AbortController();
  private composers: ComposerHandle[] = [];
  private active: ComposerHandle | null = null;
  private readonly roots = new WeakSet<Document | ShadowRoot>();
  private readonly status: PageStatus;
  private readonly profile: ProfileWatcher | null;

  constructor(private readonly deps: RouteDeps) {
    const signal = this.life.signal;
    this.status = new PageStatus(deps.diagnose, deps.report.status, signal);
    const read = deps.readProfile;
    this.profile = read ? new ProfileWatcher({ read, send: deps.report.profile }, signal) : null;
  }

  /** The composer the user is in (or the only one), if any. */
  activeComposer(): ComposerHandle | null {
    return this.active;
  }

  isActive(c: ComposerHandle): boolean {
    return this.active?.editor === c.editor;
  }

  /**
   * The page changed: find the composers again and follow X's re-mounts. `added` is what the
   * change added to the page, or null when that is not known (search everything).
   */
  refresh(added: Added = null): void {
    const signal = this.life.signal;
    this.composers = this.deps.findComposers(added);
    for (const c of this.composers) {
      if (this.roots.has(c.root)) continue;
      this.roots.add(c.root);
      // Input is composed, so a listener on the composer's root sees it even inside shadow trees.
      c.root.addEventListener('input', this.onInput, { capture: true, signal });
      c.root.addEventListener('focusin', this.onFocus, { capture: true, signal });
    }
    const was = this.active;
    if (was && !this.composers.some((k) => k.editor === was.editor)) {
      // X re-mounted or removed the editor: follow its replacement on the same surface.
      this.active = this.composers.find((k) => k.surface === was.surface) ?? null;
      if (!this.active) this.deps.left();
    }
    this.active ??= this.composers[0] ?? null;
    // Catch draft changes without an input event (X clearing the box after a send).
    if (this.active) this.deps.edited(this.active, false);
    this.status.poke();
    this.profile?.poke();
  }

  dispose(): void {
    this.life.abort();
  }

  private composerOf(e: Event): ComposerHandle | undefined {
    const path = e.composedPath();
    return this.composers.find((k) => path.includes(k.editor));
  }

  private readonly onInput = (e: Event): void =>
    guard('input', () => {
      const c = this.composerOf(e);
      if (!c) return;
      this.active = c;
      this.deps.edited(c, PASTES.has((e as InputEvent).inputType ?? ''));
    });

  private readonly onFocus = (e: Event): void =>
    guard('focus', () => {
      const c = this.composerOf(e);
      if (!c) return;
      const moved = c.editor !== this.active?.editor;
      this.active = c;
      this.deps.focused(c, moved);
    });
}
