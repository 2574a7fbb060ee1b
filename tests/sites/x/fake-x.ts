/**
 * Loads the fake-X fixture (tests/fixtures/x-site/fake-x.js) into the vitest jsdom window.
 * jsdom has no `<template shadowrootmode>`, so the fixture builds its shadow roots with
 * attachShadow in script, exactly as in Chromium.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not `new URL(…, import.meta.url)`: under jsdom `URL` is jsdom's, which node:fs rejects.
const HERE = dirname(fileURLToPath(import.meta.url));
const SRC = readFileSync(join(HERE, '../../fixtures/x-site/fake-x.js'), 'utf8');

export interface FakeX {
  go(path: string): void;
  navigate(path: string): void;
  render(): void;
  setDraft(text: string, surface?: 'legacy-page' | 'legacy-drawer'): boolean;
  setChatDraft(text: string): boolean;
}

type FakeWindow = Window & {
  __fakeX?: FakeX;
  __sent: string[];
  __fakeXConfig?: unknown;
  eval(src: string): unknown;
};

export const fw = (): FakeWindow => window as unknown as FakeWindow;

/** A fresh "page load" of `path`; returns the x.com URL the adapter should be given. */
export function loadFakeX(path: string, config?: unknown): URL {
  const w = fw();
  w.__fakeXConfig = config;
  if (!w.__fakeX) w.eval(SRC);
  w.__fakeX!.go(path);
  return new URL(path, 'https://x.com');
}

export function fakeX(): FakeX {
  return fw().__fakeX!;
}

export function sent(): string[] {
  return fw().__sent;
}

/** The Chat shadow root (throws when the page has none: a test bug). */
export function chatRoot(): ShadowRoot {
  const root = document.querySelector('[data-testid="xchatEmbedRoute"]')?.shadowRoot;
  if (!root) throw new Error('no chat shadow root');
  return root;
}

export const nextFrame = (): Promise<void> =>
  new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
