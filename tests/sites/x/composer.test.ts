// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findComposers } from '../../../src/sites/x/composer.ts';
import { chatRoot, fakeX, loadFakeX } from './fake-x.ts';

describe('findComposers', () => {
  it('finds the Chat textarea inside the xchatEmbedRoute shadow root', () => {
    loadFakeX('/i/chat/111-222');
    const [c, ...rest] = findComposers(document);
    expect(rest).toHaveLength(0);
    expect(c?.surface).toBe('chat');
    expect(c?.root).toBe(chatRoot());
    expect(c?.editor.tagName).toBe('TEXTAREA');
    expect(c?.anchor.getAttribute('data-testid')).toBe('dm-composer-form');
  });

  it('finds the Chat textarea in light DOM (earlier builds)', () => {
    loadFakeX('/i/chat/111-222?shadow=0');
    const [c] = findComposers(document);
    expect(c?.surface).toBe('chat');
    expect(c?.root).toBe(document);
  });

  it('finds the legacy page composer (Draft.js contenteditable)', () => {
    loadFakeX('/messages/111-222');
    const [c, ...rest] = findComposers(document);
    expect(rest).toHaveLength(0);
    expect(c?.surface).toBe('legacy-page');
    expect(c?.editor.getAttribute('contenteditable')).toBe('true');
    expect(c?.anchor.tagName).toBe('ASIDE');
  });

  it('finds the legacy drawer composer', () => {
    loadFakeX('/home');
    const [c] = findComposers(document);
    expect(c?.surface).toBe('legacy-drawer');
  });

  it('finds nothing on blank, inbox-only, message-request and renamed pages', () => {
    for (const path of [
      '/blank',
      '/i/chat',
      '/messages',
      '/home?drawer=0',
      '/i/chat/111-222?state=request',
      '/i/chat/111-222?state=readonly',
      '/i/chat/pin/new',
      '/i/chat/999-999?broken=1',
      '/home?broken=1',
      '/alice',
    ]) {
      loadFakeX(path);
      expect(findComposers(document), path).toEqual([]);
    }
  });
});

describe('readDraft', () => {
  const drafts = [
    'hello',
    'line one\nline two',
    'trailing newline\n',
    '\n\nblank lines\n\n',
    'emoji 🏃‍♀️👍🏽 and flags 🇫🇷',
    'مرحبا، كيف حالك؟',
    'mixed עברית and English',
    '  spaces  kept  ',
    '<b>not html</b> & "quotes"',
  ];

  it.each(drafts)('chat textarea returns exactly %j', (text) => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft(text);
    expect(findComposers(document)[0]?.readDraft()).toBe(text);
  });

  it.each(drafts)('legacy Draft editor returns exactly %j (no placeholder)', (text) => {
    loadFakeX('/messages/111-222');
    fakeX().setDraft(text);
    expect(findComposers(document)[0]?.readDraft()).toBe(text);
  });

  it('empty Draft editor reads as empty, although the placeholder is showing', () => {
    loadFakeX('/messages/111-222');
    const c = findComposers(document)[0]!;
    expect(c.readDraft()).toBe('');
    expect(c.anchor.textContent).toContain('Start a new message');
  });

  it('reads each of two coexisting composers separately', () => {
    loadFakeX('/messages/111-222?drawer=1');
    // The fixture only mounts the drawer on /home; build the coexistence by hand.
    const page = document.querySelector('aside')!;
    const drawer = document.createElement('div');
    drawer.setAttribute('data-testid', 'DMDrawer');
    drawer.appendChild(page.cloneNode(true));
    document.body.appendChild(drawer);
    fakeX().setDraft('page text', 'legacy-page');
    const found = findComposers(document);
    expect(found.map((c) => c.surface)).toEqual(['legacy-page', 'legacy-drawer']);
    expect(found[0]?.readDraft()).toBe('page text');
    expect(found[1]?.readDraft()).toBe('');
    drawer.remove();
  });
});

describe('findSendButton', () => {
  it('Chat: null while empty (voice button), the send button once there is text', () => {
    loadFakeX('/i/chat/111-222');
    const c = findComposers(document)[0]!;
    expect(c.findSendButton()).toBeNull();
    expect(chatRoot().querySelector('[data-testid="dm-composer-voice-button"]')).not.toBeNull();
    fakeX().setChatDraft('hi');
    const send = c.findSendButton();
    expect(send?.getAttribute('data-testid')).toBe('dm-composer-send-button');
    fakeX().setChatDraft('   ');
    expect(c.findSendButton()).toBeNull();
  });

  it('legacy: always present, disabled while blank', () => {
    loadFakeX('/messages/111-222');
    const c = findComposers(document)[0]!;
    const b = c.findSendButton() as HTMLButtonElement;
    expect(b.getAttribute('data-testid')).toBe('dmComposerSendButton');
    expect(b.disabled).toBe(true);
    fakeX().setDraft('hi');
    expect((c.findSendButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it('drawer: scoped to the drawer composer', () => {
    loadFakeX('/home');
    const c = findComposers(document)[0]!;
    expect(c.findSendButton()?.closest('[data-testid="DMDrawer"]')).not.toBeNull();
  });
});
