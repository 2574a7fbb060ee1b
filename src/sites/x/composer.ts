/**
 * Finds the DM composers on the page: Chat's `<textarea>` (light DOM or shadow root) and the
 * legacy Draft.js contenteditable (page and drawer). x-dom.md §2, §3, §6.
 */
import { isElement, tagIs, textOf } from './dom-util.ts';
import { CHAT, DRAFT, LEGACY } from './selectors.ts';
import { focusAtEnd, triggerSend } from './send.ts';
import { type SearchRoot, searchRoots } from './shadow.ts';
import type { ComposerHandle } from './types.ts';

/** Every element that can be a DM composer's editor, as one selector (for checking new nodes). */
export const COMPOSER_EDITORS = [
  CHAT.composerTextarea,
  LEGACY.composerInput,
  LEGACY.composerInputFallback,
].join(', ');

export function findComposers(doc: Document): ComposerHandle[] {
  return composerCandidates(doc).filter(usable);
}

/** Every composer on the page, usable or not (see `usable`), in search-root order. */
export function composerCandidates(doc: Document): ComposerHandle[] {
  const out: ComposerHandle[] = [];
  const seen = new Set<Element>();
  for (const root of searchRoots(doc)) {
    for (const el of Array.from(root.querySelectorAll(CHAT.composerTextarea))) {
      if (!isElement(el) || seen.has(el)) continue;
      seen.add(el);
      out.push(chatComposer(el, root));
    }
    const legacy = [
      ...Array.from(root.querySelectorAll(LEGACY.composerInput)),
      ...Array.from(root.querySelectorAll(LEGACY.composerInputFallback)),
    ];
    for (const el of legacy) {
      if (!isElement(el) || seen.has(el)) continue;
      seen.add(el);
      out.push(legacyComposer(el, root));
    }
  }
  return out;
}

/**
 * Fix (hardening e2e, `?broken=send`): Chat shows Send whenever there is text, so text with no
 * Send we can find means X renamed it. Worthy would then gate Enter but not a click on the unknown
 * button; it stands aside instead (no badge, no gate, popup says so). Asked on every search: the
 * draft and X's Send change without the composer being mounted again.
 */
export function usable(c: ComposerHandle): boolean {
  return c.surface !== 'chat' || c.readDraft().trim() === '' || c.findSendButton() !== null;
}

function chatComposer(editor: HTMLElement, root: SearchRoot): ComposerHandle {
  const form = editor.closest<HTMLElement>(CHAT.composerForm);
  const anchor =
    form ??
    editor.closest<HTMLElement>(CHAT.composerInputContainer) ??
    editor.parentElement ??
    editor;
  const findSendButton = (): HTMLElement | null => {
    // Re-queried every time: Chat mounts Send only while there is text (§3).
    const scope = editor.closest(CHAT.composerForm) ?? editor.closest(CHAT.conversationPanel);
    if (!scope) return null;
    for (const sel of [CHAT.sendButton, ...CHAT.sendButtonFallbacks]) {
      const b = scope.querySelector<HTMLElement>(sel);
      if (b && !b.matches(CHAT.voiceButton)) return b;
    }
    return null;
  };
  return {
    surface: 'chat',
    editor,
    root,
    anchor,
    readDraft: () => readTextarea(editor),
    findSendButton,
    send: () => triggerSend(editor, findSendButton()),
    focusEnd: () => focusAtEnd(editor),
  };
}

function legacyComposer(editor: HTMLElement, root: SearchRoot): ComposerHandle {
  const drawer = editor.closest<HTMLElement>(LEGACY.drawer);
  const aside = editor.closest<HTMLElement>(LEGACY.composerAside);
  const anchor =
    aside ??
    editor.closest<HTMLElement>(LEGACY.composerContainer) ??
    editor.parentElement ??
    editor;
  const findSendButton = (): HTMLElement | null => {
    // The button is a sibling of the editor container inside the aside (§2).
    const scope = editor.closest(LEGACY.composerAside) ?? editor.closest(LEGACY.drawer);
    return scope?.querySelector<HTMLElement>(LEGACY.sendButton) ?? null;
  };
  return {
    surface: drawer ? 'legacy-drawer' : 'legacy-page',
    editor,
    root,
    anchor,
    readDraft: () => readDraftJs(editor),
    findSendButton,
    send: () => triggerSend(editor, findSendButton()),
    focusEnd: () => focusAtEnd(editor),
  };
}

function readTextarea(el: HTMLElement): string {
  return tagIs(el, 'textarea') || tagIs(el, 'input')
    ? ((el as HTMLTextAreaElement).value ?? '')
    : (el.textContent ?? '');
}

/**
 * Draft.js: one `[data-block]` per line; an empty line holds only `<br>`. Joining block texts
 * with `\n` is exactly Draft's `getPlainText()`, which is what X sends (S1). The placeholder is
 * a sibling of the contenteditable, so it is never included.
 */
export function readDraftJs(el: HTMLElement): string {
  const blocks = el.querySelectorAll(DRAFT.block);
  if (blocks.length === 0) {
    // Not Draft markup (a future editor?): one child div per line, `<br>` as line break.
    const lines = Array.from(el.children).filter((c) => c.tagName.toLowerCase() === 'div');
    const text = lines.length > 1 ? lines.map((l) => textOf(l)).join('\n') : textOf(el);
    return text.replace(/\n$/, '');
  }
  return Array.from(blocks, (b) => b.textContent ?? '').join('\n');
}
