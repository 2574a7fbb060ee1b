/**
 * The pre-send gate (x-dom.md §7). Registered at document_start on `window` in the capture phase,
 * so it runs before X's React handlers (which listen lower down, inside the page or the Chat
 * shadow root). It holds a send only when the latest verdict for the *current* draft says so;
 * everything else passes untouched, and any failure lets the send through as if Worthy were absent.
 *
 * Until the session wires `hooks`, the gate lets everything pass.
 */
import type { ScoreReply } from '../shared/messages';
import type { GateMode } from '../shared/settings';
import { sendIntentOf } from '../sites/x/index.ts';
import type { ComposerHandle } from '../sites/x/types';
import { detach, logError } from './log';
import { gateOpen, shouldHold } from './verdicts';

/** How long a send with no verdict for its exact text waits for a fresh one before going out. */
export const FRESH_SCORE_TIMEOUT_MS = 400;

export interface PassInfo {
  draft: string;
  reply: ScoreReply | null;
  held: boolean;
  overridden: boolean;
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
  /** A send went through (untouched, re-triggered or overridden). */
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
          h.passed(c, { draft, reply: known, held: false, overridden: false });
          return;
        }
        swallow(e);
        hold(h, c, draft, known);
        return;
      }
      const latest = h.latest(c);
      if (gateOpen(latest)) {
        h.passed(c, { draft, reply: latest, held: false, overridden: false });
        return;
      }
      // No verdict for this exact text (typed faster than the debounce): ask now, briefly.
      swallow(e);
      fresh(h, c, draft);
    } catch (err) {
      // The event continues to X untouched.
      logError('send gate', err);
    }
  };

  const fresh = (h: GateHooks, c: ComposerHandle, draft: string): void => {
    held = true;
    detach('fresh score', async () => {
      let reply: ScoreReply | null = null;
      try {
        reply = await h.scoreNow(c, draft, FRESH_SCORE_TIMEOUT_MS);
      } catch (err) {
        logError('fresh score', err);
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
      resend(h, c, { draft, reply, held: false, overridden: false });
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
      if (choice === 'send') resend(h, c, { draft, reply, held: true, overridden: true });
      // After either choice the user is back in X's editor (cleared by X after a send).
      focusAtEnd(current(h, c).editor);
    });
  };

  const resend = (h: GateHooks, c0: ComposerHandle, info: PassInfo): void => {
    try {
      const c = current(h, c0);
      // Only the text the user pressed Enter on (or confirmed with "Send anyway") may go out: after
      // a navigation or further typing the editor holds something else, so leave it to the user.
      if (c.readDraft() !== info.draft) {
        focusAtEnd(c.editor);
        return;
      }
      const button = c.findSendButton();
      bypassing = true;
      try {
        if (
          button &&
          !button.hasAttribute('disabled') &&
          button.getAttribute('aria-disabled') !== 'true'
        ) {
          button.click();
        } else {
          // Legacy Draft editor without a usable button: X sends on a plain Enter keydown.
          c.editor.dispatchEvent(
            new KeyboardEvent('keydown', {
              key: 'Enter',
              code: 'Enter',
              keyCode: 13,
              which: 13,
              bubbles: true,
              cancelable: true,
              composed: true,
            } as KeyboardEventInit),
          );
        }
      } finally {
        bypassing = false;
      }
      h.passed(c, info);
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

/** Returns focus to X's editor with the caret at the end. Only focus and selection move. */
export function focusAtEnd(editor: HTMLElement): void {
  try {
    editor.focus({ preventScroll: false });
    const tag = editor.tagName.toLowerCase();
    if (tag === 'textarea' || tag === 'input') {
      const field = editor as HTMLTextAreaElement;
      const n = field.value.length;
      field.setSelectionRange(n, n);
      return;
    }
    const doc = editor.ownerDocument;
    const sel = doc.getSelection();
    if (!sel) return;
    const range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
    sel.removeAllRanges();
    sel.addRange(range);
  } catch (err) {
    logError('returning focus', err);
  }
}
