/**
 * Wires the adapter, the worker and the overlay for one page (x-dom.md §8). `observePage` reports
 * mutations and SPA navigations; each navigation disposes the route's scope (route-scope.ts) and
 * starts a new one. Worthy mounts its overlay only once a composer is found, so on pages the
 * adapter cannot read it stays entirely out of the way.
 */
import { offeredUi } from '../overlay/port';
import type { Place } from '../shared/dismissals';
import type { Request } from '../shared/protocol';
import { ComposerFinder } from '../sites/x/composer-finder.ts';
import {
  conversationIdOf,
  diagnose,
  findComposers,
  observePage,
  readProfile,
  routeOf,
} from '../sites/x/index.ts';
import { pageReport } from '../sites/x/page-report.ts';
import type { ComposerHandle } from '../sites/x/types';
import { cardActions, placeOf } from './act';
import { BadgePresenter } from './badge';
import { draftContext } from './context';
import type { Gate } from './gate';
import { gateHooks } from './gate-hooks';
import { detach, guard, logError } from './log';
import { requestScore, tell } from './messenger';
import { OverlayHost } from './overlay-host';
import { RouteScope } from './route-scope';
import { type ScoreEvent, Scorer } from './scorer';
import { SendRecorder } from './send-recorder';
import { answerTabMessages } from './tab-messages';
import { workerWaker } from './wake';

/** Reports that need no answer: long enough for a worker to start, short enough to not pile up. */
const FIRE_AND_FORGET_MS = 3_000;
/** The overlay script: the worker may have to start first, then inject it. */
const LOAD_UI_MS = 8_000;
/**
 * The key the settings live under in chrome.storage (shared/settings.ts `SETTINGS_KEY`, kept out
 * of this script with the rest of that module's zod; tests/content/session.test.ts checks).
 */
export const SETTINGS_STORAGE_KEY = 'settings';

type Report = Exclude<Request, { type: 'score-draft' | 'suggest-opener' }>;

/** The overlay script, injected by the worker on request; undefined when that failed. */
async function loadOverlayUi() {
  if (!offeredUi()) {
    const r = await tell({ type: 'load-ui' }, LOAD_UI_MS);
    if (!r.ok) logError('overlay script not loaded', r.error);
  }
  return offeredUi();
}

export function startSession(win: Window, gate: Gate): () => void {
  const doc = win.document;
  const life = new AbortController();
  const url = (): URL => new URL(win.location.href);
  const overlay = new OverlayHost(doc, loadOverlayUi);
  const badge = new BadgePresenter(overlay);
  const composers = new ComposerFinder(doc);
  let route: RouteScope | null = null;
  /** Where the last draft was scored: "not an issue here" applies there. */
  let lastPlace: Place = { conversationId: null };

  const post = (req: Report): void =>
    detach(req.type, async () => {
      const r = await tell(req, FIRE_AND_FORGET_MS);
      if (!r.ok) logError(`${req.type} not delivered`, r.error);
    });

  const wake = workerWaker(() => tell({ type: 'ping' }, FIRE_AND_FORGET_MS));

  /** Drops what is known about `c`'s draft and scores it again now (a choice changed it). */
  const rescore = (c: ComposerHandle): void => {
    scorer.forget(c);
    scorer.schedule(c, { force: true });
  };

  /** Turns Worthy off in this conversation, then re-scores so the badge shows paused. */
  const muteFor = (c: ComposerHandle): (() => void) | undefined => {
    const conversationId = conversationIdOf(url());
    if (!conversationId) return undefined;
    return () =>
      detach('mute', async () => {
        const r = await tell({ type: 'mute-conversation', conversationId });
        if (!r.ok) return logError('mute not delivered', r.error);
        rescore(c);
      });
  };

  const scorer = new Scorer({
    request: (context, timeoutMs) => requestScore(context, timeoutMs),
    context: (c, draft) => {
      const context = draftContext(c, draft, doc, url());
      // The card and the warning name the person: keep who the last score was for.
      badge.remember(c, { name: context.recipient.name, handle: context.recipient.handle });
      lastPlace = placeOf(context);
      return context;
    },
    onEvent: (c: ComposerHandle, ev: ScoreEvent) =>
      guard('badge', () => {
        if (route?.isActive(c)) badge.onScore(c, ev, muteFor(c));
      }),
  });

  const currentFor = (c: ComposerHandle): ComposerHandle | null => {
    if (c.editor.isConnected) return c;
    return findComposers(doc).find((k) => k.surface === c.surface) ?? null;
  };

  const recorder = new SendRecorder({
    current: currentFor,
    post: (r) => post({ type: 'send-recorded', ...r }),
  });

  gate.setHooks(gateHooks({ doc, url, scorer, overlay, badge, recorder }));

  const active = (): ComposerHandle | null => {
    const c = route?.activeComposer();
    return c ? currentFor(c) : null;
  };
  overlay.setActions(
    cardActions({
      composer: active,
      place: () => lastPlace,
      context: (c, draft) => draftContext(c, draft, doc, url()),
      rescore,
    }),
  );
  // The keyboard shortcut (from the worker) and the popup's page diagnostics.
  const stopAnswering = answerTabMessages({
    toggleCard: () => {
      const c = active();
      if (!c) return false;
      return overlay.toggleCard(() => c.editor.focus({ preventScroll: true }));
    },
    pageReport: () => pageReport(doc, url(), chrome.runtime.getManifest().version),
  });

  const startRoute = (): RouteScope => {
    route?.dispose();
    // A warning about the previous conversation must not outlive it, and replies judged against
    // its recipient and thread say nothing about the next one.
    overlay.cancelWarning();
    scorer.forgetAll();
    badge.hide();
    const isProfile = routeOf(url()) === 'profile';
    return new RouteScope({
      findComposers: (added) => composers.find(added),
      diagnose: () => diagnose(doc, url()),
      readProfile: isProfile ? () => readProfile(doc, url()) : null,
      report: {
        status: (diagnosis) => post({ type: 'page-status', diagnosis }),
        profile: (profile) => post({ type: 'profile-seen', profile }),
      },
      edited: (c, pasted) => scorer.schedule(c, { immediate: pasted }),
      focused: (c, moved) => {
        wake();
        if (!moved) return;
        badge.hide();
        scorer.schedule(c, { force: true });
      },
      left: () => badge.hide(),
    });
  };

  // Settings changed in the popup or on another device (gate, pause, mutes): replies known or on
  // their way carry the old ones, so drop them all and re-score what is in front of the user.
  const onStorage = (changes: Record<string, unknown>): void =>
    guard('settings-changed', () => {
      if (!(SETTINGS_STORAGE_KEY in changes)) return;
      scorer.forgetAll();
      const active = route?.activeComposer();
      if (active) scorer.schedule(active, { force: true });
    });
  // Listened to from the first composer on: before it nothing was scored, so nothing can be
  // stale, and most X pages have no DM box (chrome.storage's bindings are set up on first use,
  // which every page load would pay for). Optional: without the storage API (tests, a broken
  // extension context) guidance still works.
  let storage: typeof chrome.storage.onChanged | undefined;
  let listening = false;
  const listenToSettings = (): void => {
    if (listening) return;
    listening = true;
    storage = globalThis.chrome?.storage?.onChanged;
    storage?.addListener(onStorage);
  };
  // The first DM composer on this document (on any route: the drawer too) brings the badge and
  // card; X's route changes keep the document, so this happens once.
  const composerSeen = (): void => {
    if (!route?.activeComposer()) return;
    overlay.prepare();
    listenToSettings();
  };
  observePage(
    doc,
    (reason, added) =>
      guard('page change', () => {
        if (reason === 'navigation' || !route) route = startRoute();
        route.refresh(added);
        composerSeen();
        overlay.pageChanged(added);
      }),
    life.signal,
  );
  route = startRoute();
  route.refresh();
  composerSeen();

  return () => {
    storage?.removeListener(onStorage);
    stopAnswering();
    life.abort();
    route?.dispose();
    gate.setHooks(null);
    scorer.dispose();
    recorder.dispose();
    overlay.destroy();
  };
}
