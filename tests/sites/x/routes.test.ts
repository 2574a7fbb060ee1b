// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  conversationIdOf,
  handleOfHref,
  profileHandleOf,
  routeOf,
  sameHandle,
} from '../../../src/sites/x/routes.ts';

const u = (s: string) => new URL(s);

describe('routes', () => {
  it.each([
    ['https://x.com/i/chat', 'chat', null, null],
    ['https://x.com/i/chat/111-222', 'chat', '111-222', null],
    ['https://x.com/i/chat/111-222?shadow=0', 'chat', '111-222', null],
    ['https://x.com/i/chat/g1234567', 'chat', 'g1234567', null],
    ['https://x.com/i/chat/pin/new?from=%2Fi%2Fchat', 'chat', null, null],
    ['https://dms.x.com/111-222', 'chat', '111-222', null],
    ['https://x.com/messages', 'legacy-dm', null, null],
    ['https://x.com/messages/111-222', 'legacy-dm', '111-222', null],
    ['https://twitter.com/messages/111-222/info', 'legacy-dm', '111-222', null],
    ['https://x.com/messages/compose', 'legacy-dm', null, null],
    ['https://x.com/alice', 'profile', null, 'alice'],
    ['https://x.com/Alice_99/', 'profile', null, 'Alice_99'],
    ['https://twitter.com/bob?lang=en', 'profile', null, 'bob'],
    ['https://mobile.x.com/bob', 'profile', null, 'bob'],
    ['https://x.com/alice/status/1', 'other', null, null],
    ['https://x.com/alice/following', 'other', null, null],
    ['https://x.com/home', 'other', null, null],
    ['https://x.com/explore', 'other', null, null],
    ['https://x.com/notifications', 'other', null, null],
    ['https://x.com/settings', 'other', null, null],
    ['https://x.com/search?q=a', 'other', null, null],
    ['https://x.com/compose', 'other', null, null],
    ['https://x.com/login', 'other', null, null],
    ['https://x.com/i', 'other', null, null],
    ['https://x.com/', 'other', null, null],
    ['https://x.com/waytoolonghandle_1', 'other', null, null],
    ['https://x.com/bad-handle', 'other', null, null],
    ['https://example.com/alice', 'other', null, null],
    ['https://example.com/i/chat/111-222', 'other', null, null],
    ['https://dms.x.com/alice', 'chat', null, null],
  ])('%s → %s', (href, route, conv, handle) => {
    expect(routeOf(u(href))).toBe(route);
    expect(conversationIdOf(u(href))).toBe(conv);
    expect(profileHandleOf(u(href))).toBe(handle);
  });

  it('resolves profile handles of links', () => {
    const base = u('https://x.com/i/chat/111-222');
    expect(handleOfHref('/alice', base)).toBe('alice');
    expect(handleOfHref('https://x.com/alice', base)).toBe('alice');
    expect(handleOfHref('https://twitter.com/bob', base)).toBe('bob');
    expect(handleOfHref('/alice', u('https://dms.x.com/111-222'))).toBe('alice');
    expect(handleOfHref('https://evil.example/alice', base)).toBeNull();
    expect(handleOfHref('/messages', base)).toBeNull();
    expect(handleOfHref(null, base)).toBeNull();
    expect(handleOfHref('http://[bad', base)).toBeNull();
  });

  it('compares handles case-insensitively', () => {
    expect(sameHandle('Alice', 'alice')).toBe(true);
    expect(sameHandle('alice', 'bob')).toBe(false);
    expect(sameHandle(undefined, 'bob')).toBe(false);
  });
});
