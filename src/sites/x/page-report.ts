/**
 * "Copy page diagnostics": what a person can paste into a bug report when Worthy cannot read the
 * page after X changed it. Which of Worthy's selectors matched and how many times, what the
 * adapter found, and the element skeleton around the composer: tag names, ARIA roles and test-id
 * names only. No text at all, no attribute values besides those, and test ids with every id,
 * number, link segment, @handle and word the page shows removed (privacy.ts). Read-only and
 * exception-free: a page it cannot walk still gives a report.
 */
import { diagnose } from './diagnose.ts';
import { type PageWords, pageWords, safeTag, safeTestId } from './privacy.ts';
import { routeOf } from './routes.ts';
import { namedSelectors } from './selector-list.ts';
import { CHAT, TESTID_ATTR } from './selectors.ts';

/** Bounds: a bug report, not a page dump. */
const MAX_ROOTS = 40;
const UP_LEVELS = 6;
const MAX_DEPTH = 14;
const MAX_LINES = 300;
/** Worthy's own overlay is not X's page. */
const OWN_HOST = 'worthy-overlay';
const SKIP_CHILDREN = new Set([
  'svg',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'img',
  'video',
]);
const EDITORS = 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]';
/** Classes the adapter reads (Chat's direction); nothing else of `class` is reported. */
const CLASSES = [CHAT.rowClassMine, CHAT.rowClassTheirs];
const INPUT_TYPES = new Set(['text', 'search', 'submit', 'button', 'file', 'checkbox', 'radio']);

/** The document and every open shadow root in it (bounded). */
export function openRoots(doc: Document): (Document | ShadowRoot)[] {
  const out: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < out.length && out.length < MAX_ROOTS; i++) {
    for (const el of Array.from(out[i]!.querySelectorAll('*'))) {
      if (el.shadowRoot && el.localName !== OWN_HOST) out.push(el.shadowRoot);
      if (out.length >= MAX_ROOTS) break;
    }
  }
  return out;
}

function count(roots: readonly (Document | ShadowRoot)[], selector: string): number {
  let n = 0;
  try {
    for (const r of roots) n += r.querySelectorAll(selector).length;
  } catch {
    return -1;
  }
  return n;
}

/** Where to draw the skeleton from: the composer, else anything editable, else `main`. */
function anchorOf(roots: readonly (Document | ShadowRoot)[]): Element | null {
  for (const r of roots) {
    const el = Array.from(r.querySelectorAll(EDITORS)).find((e) => !e.closest(OWN_HOST));
    if (el) return el;
  }
  return roots[0]?.querySelector('main') ?? (roots[0] as Document).body ?? null;
}

/** `n` levels up from `el`, crossing from a shadow root to its host. */
function climb(el: Element, n: number): Element {
  let at = el;
  for (let i = 0; i < n; i++) {
    const up = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host as Element | undefined);
    if (!up || up.localName === 'html') break;
    at = up;
  }
  return at;
}

function describe(el: Element, words: PageWords): string {
  const parts = [safeTag(el.localName, words)];
  const role = el.getAttribute('role');
  if (role !== null) parts.push(`[role=${/^[a-z]{2,20}$/.test(role) ? role : '?'}]`);
  const id = el.getAttribute(TESTID_ATTR);
  if (id !== null) parts.push(`[testid=${safeTestId(id, words)}]`);
  if (el.hasAttribute('contenteditable')) parts.push('[contenteditable]');
  const type = el.getAttribute('type');
  if (type !== null && INPUT_TYPES.has(type)) parts.push(`[type=${type}]`);
  if (el.hasAttribute('aria-label')) parts.push('[aria-label]');
  if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true')
    parts.push('[disabled]');
  for (const c of CLASSES) if (el.classList.contains(c)) parts.push(`.${c}`);
  return parts.join('');
}

/** An element and a few levels of its children, to tell list rows that really are alike. */
function shape(el: Element, words: PageWords, depth = 3): string {
  const kids = depth > 0 ? Array.from(el.children, (k) => shape(k, words, depth - 1)) : [];
  return `${describe(el, words)}(${kids.join(',')})`;
}

/** The skeleton under `top`, one element a line, identical siblings in a row folded into ×n. */
function skeleton(top: Element, anchor: Element | null, words: PageWords): string[] {
  const lines: string[] = [];
  const walk = (el: Element, depth: number): void => {
    if (lines.length >= MAX_LINES || el.localName === OWN_HOST) return;
    const mark = el === anchor ? '   ← the message box' : '';
    lines.push(`${'  '.repeat(depth)}${describe(el, words)}${mark}`);
    if (depth >= MAX_DEPTH || SKIP_CHILDREN.has(el.localName)) return;
    if (el.shadowRoot) {
      lines.push(`${'  '.repeat(depth + 1)}#shadow-root`);
      walkChildren(Array.from(el.shadowRoot.children), depth + 2);
    }
    walkChildren(Array.from(el.children), depth + 1);
  };
  const walkChildren = (kids: Element[], depth: number): void => {
    let i = 0;
    while (i < kids.length && lines.length < MAX_LINES) {
      const same = shape(kids[i]!, words);
      let j = i + 1;
      // Rows of a list look alike: the first is shown, the rest counted.
      while (j < kids.length && shape(kids[j]!, words) === same && !kids[j]!.contains(anchor)) j++;
      walk(kids[i]!, depth);
      if (j - i > 1) lines.push(`${'  '.repeat(depth)}… ×${j - i - 1} more like it`);
      i = j;
    }
  };
  walk(top, 0);
  if (lines.length >= MAX_LINES) lines.push(`… (cut at ${MAX_LINES} lines)`);
  return lines;
}

function browserOf(ua: string): string {
  const m = /\b(Edg|OPR|HeadlessChrome|Chrome|Chromium|Firefox)\/(\d+)/.exec(ua);
  return m ? `${m[1]} ${m[2]}` : 'unknown browser';
}

const yes = (b: boolean): string => (b ? 'yes' : 'no');

/** The report, as plain text ready to paste. `version` is Worthy's. */
export function pageReport(doc: Document, url: URL, version: string): string {
  const lines: string[] = [
    `Worthy ${version} page diagnostics · ${browserOf(doc.defaultView?.navigator.userAgent ?? '')}`,
  ];
  try {
    const roots = openRoots(doc);
    const words = pageWords(roots);
    const d = diagnose(doc, url);
    lines.push(
      `page: ${routeOf(url)} · open shadow roots: ${roots.length - 1}`,
      `found: message box ${yes(d.composer)} · send button ${yes(d.sendButton)} · recipient ${yes(d.recipient)} · messages ${d.messages}${d.surfaces?.length ? ` · surfaces ${d.surfaces.join(', ')}` : ''}`,
      '',
      'selectors (matches):',
    );
    for (const { name, selector } of namedSelectors()) {
      const n = count(roots, selector);
      lines.push(`  ${n < 0 ? 'invalid' : String(n).padStart(4)}  ${name}  ${selector}`);
    }
    const anchor = anchorOf(roots);
    lines.push('', 'around the message box (tags, roles and test ids only):');
    if (anchor)
      lines.push(...skeleton(climb(anchor, UP_LEVELS), anchor, words).map((l) => `  ${l}`));
    else lines.push('  (no page body)');
  } catch (e) {
    lines.push(`(diagnostics stopped: ${(e as Error)?.name ?? 'error'})`);
  }
  return `${lines.join('\n')}\n`;
}
