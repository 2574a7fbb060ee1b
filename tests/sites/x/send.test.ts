// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findComposers } from '../../../src/sites/x/composer.ts';
import { fakeX, loadFakeX, sent } from './fake-x.ts';

describe('ComposerHandle.send and focusEnd', () => {
  it('Chat: clicks Send, and X sends exactly the draft', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('Thanks, see you Friday');
    const [c] = findComposers(document);
    c!.send();
    expect(sent()).toEqual(['Thanks, see you Friday']);
  });

  it.each([
    ['clicks the enabled Send button', false],
    ['without a usable button, dispatches the Enter X sends on', true],
  ])('legacy page: %s', (_how, disabled) => {
    loadFakeX('/messages/111-222?drawer=0');
    fakeX().setDraft('Thanks, see you Friday', 'legacy-page');
    const [c] = findComposers(document);
    if (disabled) c!.findSendButton()!.setAttribute('disabled', '');
    c!.send();
    expect(sent()).toEqual(['Thanks, see you Friday']);
  });

  it('focusEnd puts the caret after the last character without touching the text', () => {
    loadFakeX('/i/chat/111-222');
    fakeX().setChatDraft('Hello there');
    const [c] = findComposers(document);
    c!.focusEnd();
    const ta = c!.editor as HTMLTextAreaElement;
    expect(ta.value).toBe('Hello there');
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([11, 11]);
  });
});
