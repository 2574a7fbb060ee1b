/**
 * Small realm-agnostic DOM helpers. The content script's isolated world, the page and jsdom each
 * have their own `HTMLElement`, so `instanceof` is unreliable: check `nodeType`/`tagName`.
 */

export function isElement(x: unknown): x is HTMLElement {
  return typeof x === 'object' && x !== null && (x as Node).nodeType === 1;
}

export function tagIs(el: Element | null | undefined, tag: string): boolean {
  return !!el && el.tagName.toLowerCase() === tag;
}

/**
 * Visible text of an untrusted subtree: text nodes plus the `alt` of emoji images (X renders
 * emoji as `<img alt="😀">`). Never touches innerHTML. Whitespace is kept as authored.
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const e = c as Element;
        const tag = e.tagName.toLowerCase();
        if (tag === 'script' || tag === 'style' || tag === 'template') continue;
        if (tag === 'img') out += e.getAttribute('alt') ?? '';
        else if (tag === 'br') out += '\n';
        else walk(e);
      }
    }
  };
  walk(el);
  return out;
}

/** `textOf` trimmed with runs of spaces collapsed; for names, locations and the like. */
export function cleanText(el: Element | null | undefined): string {
  return textOf(el).replace(/\s+/g, ' ').trim();
}

/** Computed style when the element is in a window, else the inline style. */
export function styleOf(el: HTMLElement): CSSStyleDeclaration | null {
  const view = el.ownerDocument?.defaultView;
  try {
    return view ? view.getComputedStyle(el) : el.style;
  } catch {
    return el.style ?? null;
  }
}
