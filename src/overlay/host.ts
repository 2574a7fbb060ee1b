/**
 * Worthy's place on X's page: a host element appended to <html> (outside X's React tree) with its
 * own open shadow root and styles. Created only when something is first shown, so on pages where
 * nothing is, Worthy adds nothing to the DOM. The pre-send warning renders into its themed root;
 * the badge and card, whose script is injected later, add a container of their own beside it.
 */
import type { Theme } from '../sites/x/types';
import { CORE_CSS, HOST_STYLE } from './styles';

export interface ShadowHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** The themed root the warning renders into. */
  readonly root: HTMLElement;
  setTheme(theme: Theme): void;
  /** Puts the host back on the page if X removed it. */
  attach(): void;
  destroy(): void;
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function createHost(doc: Document, theme: Theme): ShadowHost {
  const host = doc.createElement('worthy-overlay');
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('data-worthy', 'host');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CORE_CSS;
  const root = doc.createElement('div');
  root.className = 'w-root w';
  root.dataset.theme = theme;
  shadow.append(style, root);
  // Keys pressed inside Worthy's UI are ours: X's document-level shortcuts must not see them.
  const stop = (e: Event): void => e.stopPropagation();
  for (const t of KEY_EVENTS) shadow.addEventListener(t, stop);
  const attach = (): void => {
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };
  attach();
  return {
    host,
    shadow,
    root,
    setTheme(t) {
      root.dataset.theme = t;
    },
    attach,
    destroy() {
      host.remove();
    },
  };
}
