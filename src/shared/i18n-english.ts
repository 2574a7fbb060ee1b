/**
 * Installs the bundled English catalog as `msg`'s fallback, for places without `chrome.i18n`:
 * unit tests (vitest setup) and the popup preview. The extension itself never imports this.
 */
import { ENGLISH, lookup } from '../engine/i18n';
import { setMessageFallback } from './i18n';

setMessageFallback((key, subs) => lookup(ENGLISH, key, subs));
