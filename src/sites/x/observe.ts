/**
 * Tells the content script when X's page may have changed: DOM mutations (document and the
 * Chat shadow roots, which document observers never see) and SPA navigations (an isolated-world
 * script cannot see the page's `pushState`, so the URL is compared on every batch). x-dom.md §8.
 *
 * The raw MutationObserver callback only sets a flag and notes the elements added; the real work
 * (finding new shadow roots, comparing the URL) runs at most once per animation frame. The added
 * elements let consumers look only at what is new (a composer, something under the badge) instead
 * of searching the whole page on every batch of a busy conversation.
 */

import { type Added, MAX_ADDED } from './added';
import { COMPOSER_ATTRIBUTES } from './selectors';
import { chatShadowRoots, shadowHosts } from './shadow.ts';

export type { Added };
export { MAX_ADDED };

/** Why onChange fired. 'navigation' wins over 'mutation' when both happened in one batch. */
export type ChangeReason = 'navigation' | 'mutation' | 'shadow-mutation';

/** rAF does not run in hidden tabs: a timer makes sure a batch is still flushed. */
const FALLBACK_FLUSH_MS = 100;
/** A host can exist before `attachShadow` runs, which emits no mutation: re-check a few times. */
const HOST_RECHECK_MS = 250;
const HOST_RECHECKS = 20;
/**
 * Looking for shadow roots nested inside Chat means walking its elements: do it when a new Chat
 * root appears, otherwise at most once a second, not on every batch of a busy conversation.
 */
const NESTED_SCAN_MS = 1_000;

interface NavigationLike extends EventTarget {}

export function observePage(
  doc: Document,
  onChange: (reason: ChangeReason, added: Added) => void,
  signal: AbortSignal,
): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  const MO = (win as Window & typeof globalThis).MutationObserver;
  const observed = new WeakSet<Node>();
  const observers: MutationObserver[] = [];
  let lastHref = win.location.href;
  let pending: ChangeReason | null = null;
  let added: Element[] | null = [];
  let raf = 0;
  let timer: number | undefined;
  let recheck: number | undefined;
  let rechecks = 0;

  const flush = (): void => {
    if (raf) win.cancelAnimationFrame?.(raf);
    if (timer !== undefined) win.clearTimeout(timer);
    raf = 0;
    timer = undefined;
    if (signal.aborted || pending === null) return;
    let reason = pending;
    pending = null;
    const href = win.location.href;
    if (href !== lastHref) {
      lastHref = href;
      reason = 'navigation';
    }
    const before = observers.length;
    attachShadowObservers();
    const news = reason === 'navigation' || observers.length > before ? null : added;
    added = [];
    try {
      onChange(reason, news);
    } catch (err) {
      // The consumer's bug must not kill the observer.
      win.console?.error?.('[worthy] onChange failed', err);
    }
  };

  const mark = (reason: ChangeReason): void => {
    if (signal.aborted) return;
    if (pending !== 'navigation') pending = reason;
    if (raf || timer !== undefined) return;
    if (typeof win.requestAnimationFrame === 'function') raf = win.requestAnimationFrame(flush);
    timer = win.setTimeout(flush, FALLBACK_FLUSH_MS);
  };

  const note = (records: readonly MutationRecord[]): void => {
    for (const r of records) {
      if (added === null) return;
      if (r.type === 'attributes') {
        // An element made editable, or given a test id, in place: it may now be a composer.
        added.push(r.target as Element);
        continue;
      }
      for (const node of Array.from(r.addedNodes)) {
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!el) continue;
        // A shadow host put back: what its root gained meanwhile was never reported.
        if (el.shadowRoot) {
          added = null;
          return;
        }
        added.push(el);
      }
      if (added.length > MAX_ADDED) added = null;
    }
  };

  const observe = (target: Node, reason: ChangeReason): void => {
    if (observed.has(target)) return;
    observed.add(target);
    const mo = new MO((records) => {
      // Cheap: one string compare and a walk over the records, no queries.
      note(records);
      mark(win.location.href !== lastHref ? 'navigation' : reason);
    });
    // Additions, and the few attributes that can make an element a composer (typing and X's
    // styling change none of them, so they add no records).
    mo.observe(target, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: [...COMPOSER_ATTRIBUTES],
    });
    observers.push(mo);
  };

  let lastNestedScan = Number.NEGATIVE_INFINITY;
  const attachShadowObservers = (): void => {
    let hostWithoutRoot = false;
    let newRoot = false;
    for (const host of shadowHosts(doc)) {
      if (!host.shadowRoot) hostWithoutRoot = true;
      else if (!observed.has(host.shadowRoot)) newRoot = true;
    }
    const now = Date.now();
    if (newRoot || now - lastNestedScan >= NESTED_SCAN_MS) {
      lastNestedScan = now;
      for (const root of chatShadowRoots(doc)) observe(root, 'shadow-mutation');
    }
    if (hostWithoutRoot && recheck === undefined && rechecks < HOST_RECHECKS) {
      rechecks++;
      recheck = win.setTimeout(() => {
        recheck = undefined;
        const before = observers.length;
        attachShadowObservers();
        if (observers.length > before) {
          added = null;
          mark('shadow-mutation');
        }
      }, HOST_RECHECK_MS);
    }
  };

  // documentElement rather than body: at document_start there is no body yet, and the
  // profile's ld+json lives in <head>.
  observe(doc.documentElement, 'mutation');
  attachShadowObservers();

  const onNav = (): void => mark('navigation');
  win.addEventListener('popstate', onNav);
  win.addEventListener('hashchange', onNav);
  const nav = (win as Window & { navigation?: NavigationLike }).navigation;
  // `navigate` fires before the URL commits; `currententrychange` after. Either way the flush
  // compares hrefs, so both just schedule one.
  nav?.addEventListener?.('navigate', onNav);
  nav?.addEventListener?.('currententrychange', onNav);

  signal.addEventListener(
    'abort',
    () => {
      for (const mo of observers) mo.disconnect();
      observers.length = 0;
      if (raf) win.cancelAnimationFrame?.(raf);
      if (timer !== undefined) win.clearTimeout(timer);
      if (recheck !== undefined) win.clearTimeout(recheck);
      win.removeEventListener('popstate', onNav);
      win.removeEventListener('hashchange', onNav);
      nav?.removeEventListener?.('navigate', onNav);
      nav?.removeEventListener?.('currententrychange', onNav);
    },
    { once: true },
  );
}
