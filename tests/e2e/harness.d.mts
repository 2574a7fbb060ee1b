// Types for harness.mjs, so scripts/demo.ts (TypeScript, run by tsx) can share it.
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';

export const ROOT: string;
export const DIST: string;
export function chromiumPath(): string;
export function checkDist(): void;
export interface E2EEnv {
  ctx: BrowserContext;
  server: { port: number; url: string; close(): Promise<void> };
  extensionId: string;
  launchMs: number;
  worker(): Worker | undefined;
  close(): Promise<void>;
}
export function launch(opts?: {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
}): Promise<E2EEnv>;
export function until<T>(
  fn: () => T | Promise<T>,
  opts?: { timeout?: number; interval?: number; message?: string },
): Promise<NonNullable<T>>;
export function stopWorker(env: E2EEnv, page: Page): Promise<void>;
export function sent(page: Page): Promise<string[]>;
export interface World {
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}
export function contentWorld(env: E2EEnv, page: Page): Promise<World>;
export function isFocused(locator: Locator): Promise<boolean>;
export function extensionPage(env: E2EEnv, path?: string): Promise<Page>;
