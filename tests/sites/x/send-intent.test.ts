// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findComposers } from '../../../src/sites/x/composer.ts';
import { sendIntentOf } from '../../../src/sites/x/send-intent.ts';
import { chatRoot, fakeX, loadFakeX, sent } from './fake-x.ts';

/** Captures events at window capture phase, as the content script does, and asks the adapter. */
function captureIntent(type: string, fire: () => void, stop = false) {
  const seen: { surface: string | null; target: EventTarget | null }[] = [];
  const listener = (e: Event) => {
    const c = sendIntentOf(e, findComposers(document));
    seen.push({ surface: c?.surface ?? null, target: e.target });
    if (c && stop) {
      e.preventDefault();
      e.stopImmediatePropagation();
      e.stopPropagation();
    }
  };
  window.addEventListener(type, listener, true);
  try {
    fire();
  } finally {
    window.removeEventListener(type, listener, true);
  }
  return seen;
}

const enter = (init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', {
    key: 'Enter',
    code: 'Enter',
    bubbles: true,
    cancelable: true,
    composed: true,
    ...init,
  });

describe('sendIntentOf', () => {
  it('Enter in the Chat textarea inside the shadow root is a send (target retargeted to host)', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('hello alice');
    const ta = findComposers(document)[0]!.editor;
    const seen = captureIntent('keydown', () => ta.dispatchEvent(enter()));
    expect(seen).toEqual([
      { surface: 'chat', target: document.querySelector('[data-testid="xchatEmbedRoute"]') },
    ]);
    expect(sent()).toEqual(['hello alice']);
  });

  it('a window-capture listener can stop X from sending', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('hello alice');
    const ta = findComposers(document)[0]!.editor;
    captureIntent('keydown', () => ta.dispatchEvent(enter()), true);
    expect(sent()).toEqual([]);
    const send = findComposers(document)[0]!.findSendButton()!;
    captureIntent('click', () => send.click(), true);
    expect(sent()).toEqual([]);
  });

  it.each([
    ['Shift+Enter', { shiftKey: true }],
    ['Ctrl+Enter', { ctrlKey: true }],
    ['Meta+Enter', { metaKey: true }],
    ['Alt+Enter', { altKey: true }],
    ['IME composing', { isComposing: true }],
    ['another key', { key: 'a' }],
  ])('%s is not a send', (_, init) => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('hello');
    const ta = findComposers(document)[0]!.editor;
    expect(captureIntent('keydown', () => ta.dispatchEvent(enter(init)))[0]?.surface).toBeNull();
  });

  it('keyCode 229 (IME) is not a send', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('hello');
    const ta = findComposers(document)[0]!.editor;
    const e = enter();
    Object.defineProperty(e, 'keyCode', { value: 229 });
    expect(captureIntent('keydown', () => ta.dispatchEvent(e))[0]?.surface).toBeNull();
  });

  it('Enter with a blank draft is not a send (X sends nothing)', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('  \n ');
    const ta = findComposers(document)[0]!.editor;
    expect(captureIntent('keydown', () => ta.dispatchEvent(enter()))[0]?.surface).toBeNull();
  });

  it('Enter outside a composer is not a send', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('hello');
    const search = chatRoot().querySelector<HTMLElement>('[data-testid="dm-search-bar"]')!;
    expect(captureIntent('keydown', () => search.dispatchEvent(enter()))[0]?.surface).toBeNull();
  });

  it('click on the Chat send button inside the shadow root (and on its child) is a send', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('first');
    const send = findComposers(document)[0]!.findSendButton()!;
    expect(captureIntent('click', () => send.click())[0]?.surface).toBe('chat');
    expect(sent()).toEqual(['first']);
    fakeX().setChatDraft('second');
    const again = findComposers(document)[0]!.findSendButton()!;
    const icon = document.createElement('span');
    again.appendChild(icon);
    expect(captureIntent('click', () => icon.click())[0]?.surface).toBe('chat');
    expect(sent()).toEqual(['first', 'second']);
  });

  it('click on the voice button or elsewhere is not a send', () => {
    loadFakeX('/i/chat/111-222');
    const voice = chatRoot().querySelector<HTMLElement>(
      '[data-testid="dm-composer-voice-button"]',
    )!;
    expect(captureIntent('click', () => voice.click())[0]?.surface).toBeNull();
    fakeX().setChatDraft('hello');
    const more = chatRoot().querySelector<HTMLElement>(
      '[data-testid="dm-conversation-more-button"]',
    )!;
    expect(captureIntent('click', () => more.click())[0]?.surface).toBeNull();
  });

  it('a renamed send-ish button inside the composer form still counts (testid*=send)', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('hello');
    const send = findComposers(document)[0]!.findSendButton()!;
    send.setAttribute('data-testid', 'dm-composer-send-button-v2');
    expect(captureIntent('click', () => send.click())[0]?.surface).toBe('chat');
  });

  it('submit of the light-DOM chat form is a send', () => {
    loadFakeX('/i/chat/111-222?shadow=0');
    fakeX().setChatDraft('via submit');
    const form = document.querySelector<HTMLFormElement>('[data-testid="dm-composer-form"]')!;
    const seen = captureIntent('submit', () => form.requestSubmit());
    expect(seen[0]?.surface).toBe('chat');
    expect(sent()).toEqual(['via submit']);
  });

  it('legacy page: Enter in the Draft editor and click on Send', () => {
    loadFakeX('/messages/111-222');
    fakeX().setDraft('line 1\nline 2');
    const c = findComposers(document)[0]!;
    const leaf = c.editor.querySelector('[data-text="true"]')!;
    expect(captureIntent('keydown', () => leaf.dispatchEvent(enter()))[0]?.surface).toBe(
      'legacy-page',
    );
    expect(sent()).toEqual(['line 1\nline 2']);
    fakeX().setDraft('again');
    expect(captureIntent('click', () => c.findSendButton()!.click())[0]?.surface).toBe(
      'legacy-page',
    );
    expect(sent()).toEqual(['line 1\nline 2', 'again']);
  });

  it('legacy: Shift+Enter adds a block instead of sending', () => {
    loadFakeX('/messages/111-222');
    fakeX().setDraft('a');
    const c = findComposers(document)[0]!;
    expect(
      captureIntent('keydown', () => c.editor.dispatchEvent(enter({ shiftKey: true })))[0]?.surface,
    ).toBeNull();
    expect(sent()).toEqual([]);
    expect(c.readDraft()).toBe('a\n');
  });

  it('legacy drawer: Enter is a drawer send', () => {
    loadFakeX('/home');
    fakeX().setDraft('from the drawer', 'legacy-drawer');
    const c = findComposers(document)[0]!;
    expect(captureIntent('keydown', () => c.editor.dispatchEvent(enter()))[0]?.surface).toBe(
      'legacy-drawer',
    );
    expect(sent()).toEqual(['from the drawer']);
  });

  it('ignores events without a composed path and non-send event types', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('x');
    const composers = findComposers(document);
    expect(sendIntentOf(new Event('keydown'), composers)).toBeNull();
    expect(sendIntentOf(new Event('input'), composers)).toBeNull();
    expect(sendIntentOf(new Event('click'), [])).toBeNull();
  });
});
