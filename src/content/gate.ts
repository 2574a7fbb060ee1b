/**
 * The pre-send gate (x-dom.md §7). Registered at document_start on `window` in the capture phase,
 * so it runs before X's React handlers (which listen lower down, inside the page or the Chat
 * shadow root). It holds a send only when the verdict for the *exact* draft says so; everything
 * else passes, and any failure lets the send through as if Worthy were absent.
 *
 * A send with no verdict for its text yet waits at most `FRESH_SCORE_TIMEOUT_MS` for one, with
 * the editor locked so the text stays what the user pressed Enter on. Then exactly one of:
 * - it is held (the warning; "Send anyway" sends that same text once);
 * - it goes out, checked or, when no verdict came in time, unchecked (the badge says so and
 *   History counts it);
 * - the text changed anyway (an IME, X itself): nothing is sent and the user is told.
 * Worthy never sends text the user did not ask to send, and never drops a send silently.
 *
 * Until the session wires `hooks`, the gate lets everything pass.
 */
import type { ScoreReply } from '../shared/messages';
import type { GateMode } from '../shared/settings';
import { sendIntentOf } from '../sites/x/index.ts';
import type { ComposerHandle } from '../sites/x/types';
import { lockInput } from './input-lock';
import { detach, guard, logError } from './log';
import { gateOpen, shouldHold } from './verdicts';

/**
 * How long a send with no verdict for its exact text waits for a fresh one before going out
 * unchecked. It must cover a worker woken from sleep, on busy machines too: in Chromium 156 on a
 * 2-core machine the first score after a stop takes 260-470 ms at load 4 and 580-710 ms at load 5
 * (`npm run budgets`; the browser starting the worker, 115-190 ms evaluating its code, 40-80 ms in
 * the handler), a warm one 5-60 ms. Focus in a composer wakes the worker early (wake.ts), so a
 * user usually meets a warm one. Only a worker that is down or stalled makes a send wait this
 * long: a second at most.
 */
export const FRESH_SCORE_TIMEOUT_MS = 1_000;

export interface PassInfo {
  draft: string;
  reply: ScoreReply | null;
  held: boolean;
  overridden: boolean;
  /** The gate gave up waiting for a verdict and let the send through without one. */
  unchecked: boolean;
}

export interface GateHooks {
  /** The composers on the page right now (re-queried: X re-mounts them). */
  composers(): ComposerHandle[];
  /** The reply for exactly this draft, or null. */
  lookup(c: ComposerHandle, draft: string): ScoreReply | null;
  /** The latest reply of any draft: tells whether the gate is off, warn-only or paused. */
  latest(c: ComposerHandle): ScoreReply | null;
  /** Scores the draft now; null when the worker does not answer in time. */
  scoreNow(c: ComposerHandle, draft: string, timeoutMs: number): Promise<ScoreReply | null>;
  /** Shows the warning and resolves with the user's choice. */
  warn(verdict: NonNullable<ScoreReply['verdict']>, gate: GateMode): Promise<'edit' | 'send'>;
  /** A send is waiting for its verdict (true), or no longer is (false). */
  checking(c: ComposerHandle, on: boolean): void;
  /** The text changed while its send was held, so nothing was sent: tell the user. */
  changed(c: ComposerHandle): void;
  /** A send went through (untouched, re-triggered, overridden or unchecked). */
  passed(c: ComposerHandle, info: PassInfo): void;
}

export interface Gate {
  setHooks(hooks: GateHooks | null): void;
  /** True while a send is held (waiting for a score or for the user's choice). */
  holding(): boolean;
  dispose(): void;
}

const EVENTS = ['keydown', 'click', 'submit'] as const;

export function installGate(win: Window): Gate {
  let hooks: GateHooks | null = null;
  /** Set only during our own synchronous re-dispatch: exactly that one send passes. */
  let bypassing = false;
  let held = false;

  const swallow = (e: Event): void => {
    e.preventDefault();
    e.stopImmediatePropagation();
    e.stopPropagation();
  };

  const onEvent = (e: Event): void => {
    if (bypassing || !hooks) return;
    // Cheap filter first: most keydowns on X are not Enter.
    if (e.type === 'keydown' && (e as KeyboardEvent).key !== 'Enter') return;
    const h = hooks;
    try {
      // Clicks land everywhere on X: only ones on a button can be a send.
      if (e.type === 'click' && !e.composedPath().some(isButtonish)) return;
      const c = sendIntentOf(e, h.composers());
      if (!c) return;
      if (held) {
        // A send is already held: a second Enter or click must not slip past the warning.
        swallow(e);
        return;
      }
      const draft = c.readDraft();
      const known = h.lookup(c, draft);
      if (known) {
        if (!shouldHold(known) || !known.verdict) {
          h.passed(c, { draft, reply: known, held: false, overridden: false, unchecked: false });
          return;
        }
        swallow(e);
        hold(h, c, draft, known);
        return;
      }
      const latest = h.latest(c);
      if (gateOpen(latest)) {
        h.passed(c, { draft, reply: latest, held: false, overridden: false, unchecked: false });
        return;
      }
      // No verdict for this exact text (typed or pasted faster than the score): ask now.
      swallow(e);
      fresh(h, c, draft);
    } catch (err) {
      // The event continues to X untouched.
      logError('send gate', err);
    }
  };

  const fresh = (h: GateHooks, c: ComposerHandle, draft: string): void => {
    held = true;
    const unlock = lockInput(win, c.editor);
    guard('checking badge', () => h.checking(c, true));
    detach('fresh score', async () => {
      let reply: ScoreReply | null = null;
      try {
        reply = await h.scoreNow(c, draft, FRESH_SCORE_TIMEOUT_MS);
      } catch (err) {
        logError('fresh score', err);
      } finally {
        unlock();
        guard('checking badge', () => h.checking(c, false));
      }
      try {
        if (reply?.verdict && shouldHold(reply)) {
          held = false;
          hold(h, c, draft, reply);
          return;
        }
      } catch (err) {
        logError('send gate', err);
      }
      // Good, off, paused or no answer: the send goes out as if Worthy were not installed.
      held = false;
      resend(h, c, { draft, reply, held: false, overridden: false, unchecked: reply === null });
    });
  };

  const hold = (h: GateHooks, c: ComposerHandle, draft: string, reply: ScoreReply): void => {
    held = true;
    detach('warning', async () => {
      let choice: 'edit' | 'send' = 'send';
      try {
        choice = await h.warn(reply.verdict!, reply.gate);
      } catch (err) {
        // The warning could not be shown: fail open.
        logError('warning', err);
      } finally {
        held = false;
      }
      if (choice === 'send') {
        resend(h, c, { draft, reply, held: true, overridden: true, unchecked: false });
      } else {
        // Back in X's editor with the draft as it was.
        guard('returning focus', () => current(h, c).focusEnd());
      }
    });
  };

  const resend = (h: GateHooks, c0: ComposerHandle, info: PassInfo): void => {
    try {
      const c = current(h, c0);
      // Only the text the user pressed Enter on (or confirmed with "Send anyway") may go out.
      // If the editor holds something else now, sending it would send words the user never
      // confirmed, and dropping it quietly would lose their send: say so instead.
      if (c.readDraft() !== info.draft) {
        guard('draft changed notice', () => h.changed(c));
        guard('returning focus', () => c.focusEnd());
        return;
      }
      bypassing = true;
      try {
        c.send();
      } finally {
        bypassing = false;
      }
      h.passed(c, info);
      // After a send X clears its editor; the user carries on typing there.
      guard('returning focus', () => c.focusEnd());
    } catch (err) {
      bypassing = false;
      logError('re-sending', err);
    }
  };

  for (const t of EVENTS) win.addEventListener(t, onEvent, true);

  return {
    setHooks(next) {
      hooks = next;
    },
    holding: () => held,
    dispose() {
      for (const t of EVENTS) win.removeEventListener(t, onEvent, true);
      hooks = null;
    },
  };
}

function isButtonish(t: EventTarget): boolean {
  const el = t as Element;
  if (el.nodeType !== 1) return false;
  return el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';
}

/** The composer X shows now: the same editor if still mounted, else the one on the same surface. */
function current(h: GateHooks, c: ComposerHandle): ComposerHandle {
  if (c.editor.isConnected) return c;
  try {
    return h.composers().find((k) => k.surface === c.surface) ?? c;
  } catch {
    return c;
  }
}
