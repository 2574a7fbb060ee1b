// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/sites/x/diagnose.ts';
import { themeOf, themeOfColor } from '../../../src/sites/x/theme.ts';
import { loadFakeX } from './fake-x.ts';

describe('diagnose', () => {
  it('chat page: everything found', () => {
    const url = loadFakeX('/i/chat/111-222');
    expect(diagnose(document, url)).toEqual({
      route: 'chat',
      composer: true,
      sendButton: false, // Chat mounts Send only once there is text
      recipient: true,
      messages: 4,
      profile: false,
      surfaces: ['chat'],
      shadowHosts: 2,
    });
  });

  it('legacy page and profile', () => {
    let url = loadFakeX('/messages/111-222');
    expect(diagnose(document, url)).toMatchObject({
      route: 'legacy-dm',
      composer: true,
      sendButton: true,
      recipient: true,
      messages: 4,
    });
    url = loadFakeX('/alice');
    expect(diagnose(document, url)).toMatchObject({
      route: 'profile',
      composer: false,
      profile: true,
    });
  });

  it('broken page: route known, nothing else found, no exception', () => {
    const url = loadFakeX('/i/chat/999-999?broken=1');
    expect(diagnose(document, url)).toEqual({
      route: 'chat',
      composer: false,
      sendButton: false,
      recipient: false,
      messages: 0,
      profile: false,
      surfaces: [],
      shadowHosts: 0,
    });
  });

  it('blank page (its URL looks like a profile of @blank, but nothing is there)', () => {
    const url = loadFakeX('/blank');
    expect(diagnose(document, url)).toMatchObject({
      route: 'profile',
      composer: false,
      messages: 0,
      profile: false,
    });
  });
});

describe('themeOf', () => {
  it.each([
    ['light', 'light'],
    ['dim', 'dim'],
    ['dark', 'dark'],
  ] as const)('?theme=%s', (q, theme) => {
    loadFakeX(`/i/chat/111-222?theme=${q}`);
    expect(themeOf(document)).toBe(theme);
  });

  it('theme is kept across client-side navigation', () => {
    loadFakeX('/alice?theme=dim');
    document.querySelector<HTMLElement>('[data-testid="sendDMFromProfile"]')!.click();
    expect(themeOf(document)).toBe('dim');
  });

  it('falls back to the color-scheme meta when the background is unreadable', () => {
    loadFakeX('/blank');
    document.body.style.backgroundColor = 'transparent';
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    document.head.appendChild(meta);
    expect(themeOf(document)).toBe('dark');
    meta.content = 'light dark';
    expect(themeOf(document)).toBe('light');
    meta.remove();
    expect(themeOf(document)).toBe('light');
  });

  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(21, 32, 43)', 'dim'],
    ['rgb(0, 0, 0)', 'dark'],
    ['rgba(0, 0, 0, 0)', null],
    ['rgb(247 249 249)', 'light'],
    ['nonsense', null],
  ])('themeOfColor(%s) = %s', (css, theme) => {
    expect(themeOfColor(css)).toBe(theme);
  });
});
