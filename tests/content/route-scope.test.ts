// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://x.com/i/chat/111-222"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouteScope } from '../../src/content/route-scope';
import { findComposers } from '../../src/sites/x/index.ts';
import { type FakeChat, fakeChat } from './harness';

let chat: FakeChat;
let scope: RouteScope;

function start() {
  chat = fakeChat();
  const deps = {
    findComposers: () => findComposers(document),
    diagnose: vi.fn(),
    readProfile: null,
    report: { status: vi.fn(), profile: vi.fn() },
    edited: vi.fn(),
    focused: vi.fn(),
    left: vi.fn(),
  };
  scope = new RouteScope(deps as never);
  scope.refresh();
  deps.edited.mockClear();
  return deps;
}

afterEach(() => {
  scope.dispose();
  chat.remove();
});

describe('RouteScope', () => {
  it('tells a paste from typing, so a pasted draft is scored at once', () => {
    const deps = start();
    chat.key('h');
    chat.paste(' — the whole pasted message');
    expect(deps.edited.mock.calls.map(([, pasted]) => pasted)).toEqual([false, true]);
  });

  it('reports every focus in a composer (to wake the worker), and whether it moved', () => {
    const deps = start();
    const focus = () =>
      chat.textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    focus();
    focus();
    expect(deps.focused.mock.calls.map(([, moved]) => moved)).toEqual([false, false]);
    expect(scope.isActive(findComposers(document)[0]!)).toBe(true);
  });

  it('stops listening once disposed (a navigation)', () => {
    const deps = start();
    scope.dispose();
    chat.key('h');
    expect(deps.edited).not.toHaveBeenCalled();
  });
});
