/**
 * What page diagnostics may say of a test id or a tag: X's own vocabulary, never the person's.
 * A test id is cut into words; a word goes when it has a digit (ids, counts, times), is a long run
 * of hex (ids), or is something the page shows the person: a word of any text or label, a link's
 * path segment (where @handles live) or an @handle. X's own words (every word of the test ids in
 * selectors.ts) stay unless they are a handle or link segment on this page.
 */
import { testIdVocabulary } from './selector-list.ts';

export interface PageWords {
  /** Words the page shows (text, labels, the draft itself), lower-cased. */
  shown: ReadonlySet<string>;
  /** Link path segments and @handles: always removed, even when they are X words too. */
  handles: ReadonlySet<string>;
}

/** Reading text for this costs time on huge threads: a bug report needs a fair sample only. */
const MAX_TEXT = 400_000;
const LABELS = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'value'];
const WORD = /[\p{L}\p{N}_]+/gu;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/**
 * X's own words, built on the first page report: this script runs on every X page load, and only
 * a user copying page diagnostics needs them.
 */
let vocab: ReadonlySet<string> | null = null;
const xWords = (): ReadonlySet<string> => {
  vocab ??= testIdVocabulary();
  return vocab;
};
const CODE = new Set(['style', 'script', 'noscript']);

function addWords(text: string, into: Set<string>): void {
  for (const m of text.matchAll(WORD)) into.add(m[0].toLowerCase());
}

/** Everything the person could be identified by on this page (all open roots). */
export function pageWords(roots: readonly (Document | ShadowRoot)[]): PageWords {
  const shown = new Set<string>();
  const handles = new Set<string>();
  let budget = MAX_TEXT;
  for (const root of roots) {
    const doc = root instanceof Document ? root : root.ownerDocument;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && budget > 0; n = walker.nextNode()) {
      // Style sheets and scripts are the page's code, not what it shows the person.
      if (CODE.has(n.parentElement?.localName ?? '')) continue;
      const t = n.nodeValue ?? '';
      budget -= t.length;
      addWords(t, shown);
      for (const m of t.matchAll(/@(\w{1,15})/g)) handles.add(m[1]!.toLowerCase());
    }
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const a of LABELS) {
        const v = el.getAttribute(a);
        if (v) addWords(v, shown);
      }
      // A textarea's draft is its value, not a text node.
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
        addWords(el.value, shown);
      const href = el.getAttribute('href');
      if (href) for (const seg of href.split(/[/?#=&:.]+/)) if (seg) handles.add(seg.toLowerCase());
    }
  }
  return { shown, handles };
}

function keep(word: string, words: PageWords): boolean {
  const w = word.toLowerCase();
  if (/\d/.test(w) || /^[0-9a-f]{6,}$/.test(w) || w.length > 40) return false;
  if (words.handles.has(w)) return false;
  return xWords().has(w) || !words.shown.has(w);
}

/** A test id with the person's words and every id taken out: `message-*`, `UserAvatar-Container-*`. */
export function safeTestId(id: string, words: PageWords): string {
  const parts = id.replace(UUID, '0').split(/([-_:.]+)/);
  const out = parts.map((p, i) => (i % 2 === 1 || p === '' || keep(p, words) ? p : '*'));
  return out
    .join('')
    .replace(/\*(?:[-_:.]+\*)+/g, '*')
    .slice(0, 80);
}

/** A tag name as is for HTML; a custom element's name cleaned like a test id. */
export function safeTag(tag: string, words: PageWords): string {
  if (!tag.includes('-')) return /^[a-z][a-z0-9]{0,15}$/.test(tag) ? tag : '?';
  return safeTestId(tag, words);
}
