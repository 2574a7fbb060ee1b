/**
 * Localised UI text for the overlay and the popup: `msg(key, subs)` reads Chrome's `_locales`
 * catalog through `chrome.i18n.getMessage` (which also works in content scripts), so translating
 * Worthy means adding a `public/_locales/<lang>/messages.json`, no code change.
 *
 * Outside the extension (jsdom tests, the popup preview) there is no `chrome.i18n`; there a
 * fallback set with `setMessageFallback` answers, usually the bundled English catalog via
 * `./i18n-english`. That module is kept out of the content script so its bundle stays lean.
 */
import type { Subs } from '../engine/i18n';

type Lookup = (key: string, subs?: string[]) => string | undefined;

let fallback: Lookup | undefined;

/** Sets (or clears) where `msg` looks when `chrome.i18n` has no answer. */
export function setMessageFallback(lookup: Lookup | undefined): void {
  fallback = lookup;
}

/** `chrome.i18n.getMessage` when running in the extension; undefined elsewhere or when unknown. */
export function chromeMessage(key: string, subs?: string[]): string | undefined {
  const i18n = (globalThis as { chrome?: { i18n?: typeof chrome.i18n } }).chrome?.i18n;
  if (typeof i18n?.getMessage !== 'function') return undefined;
  try {
    return i18n.getMessage(key, subs) || undefined;
  } catch {
    return undefined;
  }
}

/** The message for `key` in the user's language; the key itself if no catalog knows it. */
export function msg(key: string, subs?: Subs): string {
  const s = subs?.map(String);
  return chromeMessage(key, s) ?? fallback?.(key, s) ?? key;
}
