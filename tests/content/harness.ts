/**
 * A small Chat-like page for content-script tests: a conversation panel, a textarea composer and
 * a send button, with X's own handlers registered below `window` (on the form and the button)
 * the way React does. `sends` lists what X sent.
 */
import { vi } from 'vitest';
import { mountUi } from '../../src/overlay/index';
import { offerUi } from '../../src/overlay/port';
import type { ScoreReply } from '../../src/shared/messages';

export interface FakeChat {
  textarea: HTMLTextAreaElement;
  button: HTMLButtonElement;
  form: HTMLFormElement;
  sends: string[];
  keydownsSeenByX: KeyboardEvent[];
  type(text: string): void;
  /** Pastes `text` at the end, as a browser does: a cancelable paste, then an input event. */
  paste(text: string): void;
  /** One key as a browser types it: keydown, beforeinput, then the character lands (unless
   * either was cancelled) and input fires. */
  key(ch: string): void;
  enter(init?: KeyboardEventInit): KeyboardEvent;
  remove(): void;
}

export function fakeChat(doc: Document = document): FakeChat {
  const main = doc.createElement('main');
  main.innerHTML = `
    <div data-testid="primaryColumn"><section data-testid="dm-conversation-panel">
      <div data-testid="dm-conversation-header"><a href="/alice" aria-label="Alice"></a>
        <div data-testid="dm-conversation-username"><div>Alice</div></div></div>
      <form data-testid="dm-composer-form">
        <div data-testid="dm-composer-input-container">
          <textarea data-testid="dm-composer-textarea" aria-label="Message"></textarea></div>
        <button type="button" data-testid="dm-composer-send-button" aria-label="Send"></button>
      </form></section></div>`;
  doc.body.append(main);
  const textarea = main.querySelector('textarea')!;
  const button = main.querySelector('button')!;
  const form = main.querySelector('form')!;
  // jsdom has no layout: give the composer a place on screen so the badge renders.
  form.getBoundingClientRect = () =>
    ({
      top: 600,
      left: 300,
      right: 900,
      bottom: 652,
      width: 600,
      height: 52,
      x: 300,
      y: 600,
      toJSON() {},
    }) as DOMRect;
  const sends: string[] = [];
  const keydownsSeenByX: KeyboardEvent[] = [];
  const send = (): void => {
    if (!textarea.value.trim()) return;
    sends.push(textarea.value);
    textarea.value = '';
  };
  form.addEventListener('keydown', (e) => {
    keydownsSeenByX.push(e);
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      send();
    }
  });
  button.addEventListener('click', send);
  return {
    textarea,
    button,
    form,
    sends,
    keydownsSeenByX,
    type(text) {
      textarea.focus();
      textarea.value = text;
      textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    paste(text) {
      textarea.focus();
      const paste = new Event('paste', { bubbles: true, cancelable: true, composed: true });
      if (!textarea.dispatchEvent(paste)) return;
      textarea.value += text;
      textarea.dispatchEvent(
        new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }),
      );
    },
    key(ch) {
      const down = new KeyboardEvent('keydown', {
        key: ch,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      if (!textarea.dispatchEvent(down)) return;
      const before = new InputEvent('beforeinput', {
        data: ch,
        inputType: 'insertText',
        bubbles: true,
        cancelable: true,
        composed: true,
      });
      if (!textarea.dispatchEvent(before)) return;
      textarea.value += ch;
      textarea.dispatchEvent(
        new InputEvent('input', {
          data: ch,
          inputType: 'insertText',
          bubbles: true,
          composed: true,
        }),
      );
    },
    enter(init = {}) {
      const e = new KeyboardEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        bubbles: true,
        cancelable: true,
        composed: true,
        ...init,
      });
      textarea.dispatchEvent(e);
      return e;
    },
    remove: () => main.remove(),
  };
}

export type Responder = (msg: { type: string; context?: { draft: string } }) => unknown;

type StorageListener = (changes: Record<string, unknown>) => void;

/**
 * `chrome.runtime` and `chrome.storage` as the content script uses them, with every message going
 * to `send`. A `load-ui` request runs the overlay script as the worker's injection would (it
 * offers its mount in this world), unless `inject` says the injection fails or is not done yet.
 */
export function fakeChrome(
  send: (m: unknown) => unknown,
  inject: { allow: boolean } = { allow: true },
) {
  const listeners: StorageListener[] = [];
  const chrome = {
    runtime: {
      sendMessage: async (m: { type?: string }) => {
        if (m?.type === 'load-ui' && inject.allow) offerUi(mountUi);
        return send(m);
      },
    },
    storage: {
      onChanged: {
        addListener: (l: StorageListener) => listeners.push(l),
        removeListener: (l: StorageListener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
  };
  vi.stubGlobal('chrome', chrome);
  return { listeners };
}

/** Forgets the injected overlay script, as a fresh page would not have it. */
export function unloadUi(): void {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('worthy.overlay-ui')];
}

/** Wraps a ScoreReply in the protocol's envelope. */
export const ok = (data: unknown) => ({ ok: true, data });
export const never = () => new Promise(() => {});

export function replyFor(table: Record<string, ScoreReply>, fallback: ScoreReply): Responder {
  return (msg) => {
    if (msg.type !== 'score-draft') return Promise.resolve(ok(null));
    return Promise.resolve(ok(table[msg.context!.draft] ?? fallback));
  };
}

export const until = <T>(fn: () => T, timeout = 3_000) =>
  vi.waitFor(
    () => {
      const v = fn();
      if (!v) throw new Error('not yet');
      return v;
    },
    { timeout, interval: 10 },
  );

export function overlayRoot(doc: Document = document): ShadowRoot | null {
  return doc.querySelector('worthy-overlay')?.shadowRoot ?? null;
}

export const badge = () =>
  overlayRoot()?.querySelector<HTMLButtonElement>('[data-worthy="badge"]') ?? null;
export const warning = () =>
  overlayRoot()?.querySelector<HTMLElement>('[role="alertdialog"]') ?? null;
export const notice = () =>
  overlayRoot()?.querySelector<HTMLElement>('[data-worthy="notice"]') ?? null;
export const buttonNamed = (name: string) =>
  Array.from(overlayRoot()?.querySelectorAll('button') ?? []).find((b) => b.textContent === name) ??
  null;
