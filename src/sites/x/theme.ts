/**
 * X's colour theme, so the badge matches it. X paints `body` with one of three backgrounds
 * (light rgb(255,255,255), dim rgb(21,32,43), dark rgb(0,0,0)); a `color-scheme` meta is the
 * fallback when the background is unreadable (transparent, not yet styled).
 */
import { styleOf } from './dom-util.ts';
import type { Theme } from './types.ts';

export function themeOf(doc: Document): Theme {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const bg = el.style.backgroundColor || styleOf(el)?.backgroundColor || '';
    const t = themeOfColor(bg);
    if (t) return t;
  }
  const meta = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const schemes = meta.toLowerCase().split(/\s+/);
  if (schemes[0] === 'dark' || (schemes.includes('dark') && !schemes.includes('light')))
    return 'dark';
  return 'light';
}

/** Classifies an `rgb()/rgba()` colour; null when transparent or unparsable. */
export function themeOfColor(css: string): Theme | null {
  const m =
    /rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)(?:[\s,/]+(\d*\.?\d+%?))?\s*\)/.exec(
      css,
    );
  if (!m) return null;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const alphaRaw = m[4];
  const alpha =
    alphaRaw === undefined
      ? 1
      : alphaRaw.endsWith('%')
        ? Number.parseFloat(alphaRaw) / 100
        : Number(alphaRaw);
  if (!(alpha > 0)) return null;
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  if (luminance > 0.5) return 'light';
  // Dim is dark navy (21,32,43); dark is (near) black.
  return Math.max(r, g, b) <= 10 ? 'dark' : 'dim';
}
