/**
 * Puts text on the clipboard for the person to paste themselves: Worthy never writes into X's
 * composer. The async Clipboard API first; where a page's policy or focus refuses it, the old
 * copy command on a hidden textarea inside Worthy's own tree (never X's), with focus given back.
 */
export async function copyText(text: string, within: HTMLElement | ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text, within);
  }
}

function legacyCopy(text: string, within: HTMLElement | ShadowRoot): boolean {
  const doc = (within instanceof ShadowRoot ? within.host : within).ownerDocument;
  const root = within instanceof ShadowRoot ? within : within.getRootNode();
  const back = (root as Document | ShadowRoot).activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;';
  within.appendChild(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    back?.focus({ preventScroll: true });
  }
}
