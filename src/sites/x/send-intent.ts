/**
 * Decides whether a window-capture event is about to send a DM, and from which composer
 * (x-dom.md §7). At window level `e.target` is retargeted to the shadow host, so everything is
 * decided on `e.composedPath()`.
 */
import { isElement } from './dom-util.ts';
import { CHAT, GENERIC, LEGACY, TESTID_ATTR } from './selectors.ts';
import type { ComposerHandle } from './types.ts';

/** Chrome's keyCode while an IME composes. */
const IME_KEYCODE = 229;

/**
 * The composer whose draft this event would send, or null. Returns null when the draft is blank:
 * X sends nothing then (legacy disables Send, Chat hides it), so there is nothing to check.
 */
export function sendIntentOf(e: Event, composers: ComposerHandle[]): ComposerHandle | null {
  if (composers.length === 0) return null;
  const path = typeof e.composedPath === 'function' ? e.composedPath() : [];
  if (path.length === 0) return null;
  const hit = match(e, path, composers);
  if (!hit) return null;
  try {
    return hit.readDraft().trim() === '' ? null : hit;
  } catch {
    return null;
  }
}

function match(e: Event, path: EventTarget[], composers: ComposerHandle[]): ComposerHandle | null {
  switch (e.type) {
    case 'keydown':
      return isSendKey(e as KeyboardEvent)
        ? (composers.find((c) => path.includes(c.editor)) ?? null)
        : null;
    case 'click':
      return clickedSend(path, composers);
    case 'submit':
      return (
        composers.find(
          (c) =>
            c.surface === 'chat' &&
            path.some((t) => isElement(t) && t.contains(c.editor) && t.matches(GENERIC.form)),
        ) ?? null
      );
    default:
      return null;
  }
}

/** Plain Enter sends in both UIs; Shift+Enter is a newline; IME composition must pass (§7). */
export function isSendKey(e: KeyboardEvent): boolean {
  if (e.key !== 'Enter') return false;
  if (e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return false;
  if (e.isComposing || e.keyCode === IME_KEYCODE) return false;
  return true;
}

function clickedSend(path: EventTarget[], composers: ComposerHandle[]): ComposerHandle | null {
  for (const c of composers) {
    const send = c.findSendButton();
    if (send && path.includes(send)) return isDisabled(send) ? null : c;
  }
  // The button may have been re-mounted since findSendButton ran: any send-ish button inside
  // the composer's form/aside counts (S4: testid*=send).
  for (const t of path) {
    if (!isElement(t) || !isButton(t)) continue;
    const id = t.getAttribute(TESTID_ATTR) ?? '';
    if (!/send/i.test(id)) continue;
    const c = composers.find(
      (k) =>
        k.anchor.contains(t) ||
        !!t.closest(CHAT.composerForm)?.contains(k.editor) ||
        !!t.closest(LEGACY.composerAside)?.contains(k.editor),
    );
    if (c) return isDisabled(t) ? null : c;
  }
  return null;
}

function isButton(el: HTMLElement): boolean {
  return el.tagName.toLowerCase() === 'button' || el.getAttribute('role') === 'button';
}

function isDisabled(el: HTMLElement): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}
