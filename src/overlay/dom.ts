/**
 * A few lines of DOM building for the parts of the overlay that ship in the script loaded on every
 * x.com page (the pre-send warning), where Preact would be most of the weight. Text is always set
 * as text, never parsed as markup: names and drafts come from the page.
 */
type Attr = string | number | boolean | null | undefined;
export type Child = Node | string | number | null | undefined | false;

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill<E extends Element>(e: E, attrs: Record<string, Attr>, children: Child[]): E {
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined && v !== null && v !== false)
      e.setAttribute(k, v === true ? '' : String(v));
  for (const c of children)
    if (c !== null && c !== undefined && c !== false)
      e.append(typeof c === 'object' ? c : String(c));
  return e;
}

/** Builds elements in `doc` (X's document: the overlay lives in its tree). */
export function builder(doc: Document) {
  const h = (tag: string, attrs: Record<string, Attr> = {}, ...children: Child[]): HTMLElement =>
    fill(doc.createElement(tag), attrs, children);
  h.svg = (tag: string, attrs: Record<string, Attr> = {}, ...children: Child[]): SVGElement =>
    fill(doc.createElementNS(SVG_NS, tag) as SVGElement, attrs, children);
  return h;
}

export type Build = ReturnType<typeof builder>;
