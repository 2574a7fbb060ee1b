/**
 * X's send mechanics, for a send the user asked for that the gate held first (x-dom.md §7):
 * re-trigger it the way the user did, and hand focus back to the editor. Only ever called on the
 * user's behalf; nothing here edits the draft.
 */
import { tagIs } from './dom-util.ts';

function usable(button: HTMLElement | null): button is HTMLElement {
  return (
    !!button && !button.hasAttribute('disabled') && button.getAttribute('aria-disabled') !== 'true'
  );
}

/**
 * Clicks X's Send button when it offers one (re-queried: Chat re-mounts it), else dispatches the
 * plain Enter keydown X's editor sends on (legacy Draft.js without a usable button, §7: its
 * handler checks only the key and modifiers).
 */
export function triggerSend(editor: HTMLElement, button: HTMLElement | null): void {
  if (usable(button)) {
    button.click();
    return;
  }
  editor.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: 'Enter',
      code: 'Enter',
      keyCode: 13,
      which: 13,
      bubbles: true,
      cancelable: true,
      composed: true,
    } as KeyboardEventInit),
  );
}

/** Returns focus to X's editor with the caret at the end. Only focus and selection move. */
export function focusAtEnd(editor: HTMLElement): void {
  editor.focus({ preventScroll: false });
  if (tagIs(editor, 'textarea') || tagIs(editor, 'input')) {
    const field = editor as HTMLTextAreaElement;
    const n = field.value.length;
    field.setSelectionRange(n, n);
    return;
  }
  const doc = editor.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return;
  const range = doc.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  sel.removeAllRanges();
  sel.addRange(range);
}
