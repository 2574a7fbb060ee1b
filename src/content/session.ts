/**
 * Wires the adapter, the worker and the overlay for one page (x-dom.md §8). `observePage` reports
 * mutations and SPA navigations; each navigation starts a new route scope (AbortController) that
 * tears down the previous route's listeners, timers and badge. Worthy mounts its overlay only once
 * a composer is found, so on pages the adapter cannot read it stays entirely out of the way.
 */

import browser from 'webextension-polyfill';
import { z } from 'zod';
import { mountOverlay, type Overlay } from '../overlay/index';
import type { BadgeModel, Recipient } from '../overlay/model';
import { scoreReplySchema } from '../shared/messages';
import { request } from '../shared/messaging';
import { SETTINGS_KEY } from '../shared/settings';
import {
  conversationIdOf,
  diagnose,
  findComposers,
  observePage,
  readProfile,
  routeOf,
  themeOf,
} from '../sites/x/index.ts';
import type { ComposerHandle } from '../sites/x/types';
import { draftContext } from './context';
import type { Gate } from './gate';
import { detach, guard, logError } from './log';
import { ProfileWatcher } from './profile-watch';
import { type ScoreEvent, Scorer } from './scorer';
import { SendRecorder } from './send-recorder';

const STATUS_DELAY_MS = 800;
const THEME_CHECK_MS = 500;
const fireAndForget = { timeoutMs: 3_000 };

export function startSession(win: Window, gate: Gate): () => void {
  const doc = win.document;
  const life = new AbortController();
  let route: AbortController | null = null;
  let overlay: Overlay | null = null;
  let composers: ComposerHandle[] = [];
  let active: ComposerHandle | null = null;
  let badge: BadgeModel | null = null;
  const recipients = new WeakMap<HTMLElement, Recipient>();
  let lastTheme = 0;
  const roots = new WeakSet<Document | ShadowRoot>();
  const url = (): URL => new URL(win.location.href);

  const post = (what: string, req: Parameters<typeof request>[0]): void =>
    detach(what, async () => {
      const r = await request(req, z.unknown(), fireAndForget);
      if (!r.ok) logError(`${what} not delivered`, r.error);
    });

  const showBadge = (next: BadgeModel | null): void => {
    badge = next;
    if (!next && !overlay) return;
    overlay ??= mountOverlay(doc, themeOf(doc));
    overlay.setBadge(next);
  };

  const onScore = (c: ComposerHandle, ev: ScoreEvent): void =>
    guard('badge', () => {
      if (!active || c.editor !== active.editor) return;
      if (ev.kind === 'empty') return showBadge(null);
      const prev = badge && badge.anchor === c.anchor ? badge : null;
      if (ev.kind === 'pending') {
        if (prev?.state === 'pending') return;
        return showBadge({
          anchor: c.anchor,
          state: 'pending',
          verdict: prev?.verdict ?? null,
          draft: prev?.draft ?? ev.draft,
          gate: prev?.gate ?? 'hold',
          recipient: recipients.get(c.editor),
        });
      }
      if (ev.kind === 'error') {
        return showBadge({
          anchor: c.anchor,
          state: 'error',
          verdict: prev?.verdict ?? null,
          draft: prev?.draft ?? ev.draft,
          gate: prev?.gate ?? 'hold',
          error: ev.error,
          recipient: recipients.get(c.editor),
        });
      }
      const { reply, draft } = ev.entry;
      const next: BadgeModel = {
        anchor: c.anchor,
        state: reply.paused ? 'paused' : c.readDraft() === draft ? 'ready' : 'pending',
        verdict: reply.paused ? null : reply.verdict,
        draft,
        gate: reply.gate,
        recipient: recipients.get(c.editor),
      };
      const conversationId = conversationIdOf(url());
      if (conversationId) next.mute = () => muteHere(c, conversationId);
      showBadge(next);
    });

  /** The user turned Worthy off here: tell the worker, then re-score so the badge shows paused. */
  const muteHere = (c: ComposerHandle, conversationId: string): void =>
    detach('mute', async () => {
      const r = await request({ type: 'mute-conversation', conversationId }, z.unknown());
      if (!r.ok) return logError('mute not delivered', r.error);
      scorer.forget(c);
      scorer.schedule(c, true);
    });

  const scorer = new Scorer({
    request: (context, timeoutMs) =>
      request({ type: 'score-draft', context }, scoreReplySchema, { timeoutMs }),
    context: (c, draft) => {
      const context = draftContext(c, draft, url());
      // The badge's card and the warning name the person: keep who the last score was for.
      recipients.set(c.editor, { name: context.recipient.name, handle: context.recipient.handle });
      return context;
    },
    onEvent: onScore,
  });

  const currentFor = (c: ComposerHandle): ComposerHandle | null => {
    if (c.editor.isConnected) return c;
    return findComposers(doc).find((k) => k.surface === c.surface) ?? null;
  };

  const recorder = new SendRecorder({
    current: currentFor,
    post: (r) => post('send-recorded', { type: 'send-recorded', ...r }),
  });

  gate.setHooks({
    composers: () => findComposers(doc),
    lookup: (c, draft) => scorer.lookup(c, draft),
    latest: (c) => scorer.latest(c)?.reply ?? null,
    scoreNow: (c, draft, timeoutMs) => scorer.now(c, draft, timeoutMs),
    warn: (verdict, gateMode) => {
      overlay ??= mountOverlay(doc, themeOf(doc));
      return overlay.warn(verdict, gateMode);
    },
    passed: (c, info) =>
      guard('send passed', () => {
        // Once a send goes out the history changed: the same text again is a repeat or a template
        // and must be judged anew, not replayed from the cache.
        scorer.forget(c);
        const reply = info.reply;
        const kind = reply?.verdict?.verdict;
        // Paused or never scored (worker down): nothing to record.
        if (!kind || reply?.paused) return;
        recorder.watch(c, {
          context: draftContext(c, info.draft, url()),
          verdict: kind,
          held: info.held,
          overridden: info.overridden,
        });
      }),
  });

  const onInput = (e: Event): void =>
    guard('input', () => {
      const path = e.composedPath();
      const c = composers.find((k) => path.includes(k.editor));
      if (!c) return;
      active = c;
      scorer.schedule(c);
    });

  const onFocus = (e: Event): void =>
    guard('focus', () => {
      const path = e.composedPath();
      const c = composers.find((k) => path.includes(k.editor));
      if (c && c.editor !== active?.editor) {
        active = c;
        showBadge(null);
        scorer.schedule(c, true);
      }
    });

  const startRoute = (): void => {
    route?.abort();
    // A warning about the previous conversation must not outlive it, and replies judged against
    // its recipient and thread say nothing about the next one.
    overlay?.cancelWarning();
    scorer.forgetAll();
    route = new AbortController();
    const signal = route.signal;
    composers = [];
    active = null;
    showBadge(null);
    const u = url();
    // Worthy's diagnosis for the popup: after the SPA has had a moment to render, then on change.
    let sentStatus = '';
    let statusTimer: ReturnType<typeof setTimeout> | undefined;
    const sendStatus = (): void =>
      guard('page-status', () => {
        const d = diagnose(doc, url());
        const key = JSON.stringify(d);
        if (key === sentStatus) return;
        sentStatus = key;
        post('page-status', { type: 'page-status', diagnosis: d });
      });
    const pokeStatus = (): void => {
      if (statusTimer !== undefined) return;
      statusTimer = setTimeout(() => {
        statusTimer = undefined;
        if (!signal.aborted) sendStatus();
      }, STATUS_DELAY_MS);
    };
    signal.addEventListener('abort', () => clearTimeout(statusTimer), { once: true });
    pokeStatus();
    const profile =
      routeOf(u) === 'profile'
        ? new ProfileWatcher(
            {
              read: () => readProfile(doc, url()),
              send: (p) => post('profile-seen', { type: 'profile-seen', profile: p }),
            },
            signal,
          )
        : null;
    profile?.poke();
    routeHooks = { pokeStatus, profile };
  };
  let routeHooks: { pokeStatus(): void; profile: ProfileWatcher | null } | null = null;

  const refresh = (reason: string): void =>
    guard('page change', () => {
      if (reason === 'navigation' || !route) startRoute();
      const signal = route!.signal;
      composers = findComposers(doc);
      for (const c of composers) {
        if (roots.has(c.root)) continue;
        roots.add(c.root);
        // Input is composed, so a listener on the composer's root sees it even inside shadow trees.
        c.root.addEventListener('input', onInput, { capture: true, signal });
        c.root.addEventListener('focusin', onFocus, { capture: true, signal });
        signal.addEventListener('abort', () => roots.delete(c.root), { once: true });
      }
      if (active && !composers.some((k) => k.editor === active!.editor)) {
        // X re-mounted or removed the editor: follow its replacement on the same surface.
        active = composers.find((k) => k.surface === active!.surface) ?? null;
        if (!active) showBadge(null);
      }
      active ??= composers[0] ?? null;
      // Catch draft changes without an input event (X clearing the box after a send).
      if (active) scorer.schedule(active);
      const now = Date.now();
      if (overlay && now - lastTheme > THEME_CHECK_MS) {
        lastTheme = now;
        overlay.setTheme(themeOf(doc));
      }
      overlay?.reposition();
      routeHooks?.pokeStatus();
      routeHooks?.profile?.poke();
    });

  observePage(doc, refresh, life.signal);
  refresh('initial');

  // Settings changed in the popup or on another device (gate, pause, mutes): replies already
  // known carry the old ones, so drop them and re-score what is in front of the user.
  const onStorage = (changes: Record<string, unknown>): void =>
    guard('settings-changed', () => {
      if (!(SETTINGS_KEY in changes)) return;
      scorer.forgetAll();
      if (active) scorer.schedule(active, true);
    });
  // Optional: without the storage API (tests, a broken extension context) guidance still works.
  browser.storage?.onChanged?.addListener(onStorage);

  return () => {
    browser.storage?.onChanged?.removeListener(onStorage);
    life.abort();
    route?.abort();
    gate.setHooks(null);
    scorer.dispose();
    recorder.dispose();
    overlay?.destroy();
    overlay = null;
  };
}
