/**
 * Keeps X's editor as it is while the gate waits for a verdict on the draft the user pressed
 * Enter on: keys, paste, cut, drop and editing commands aimed at that editor are swallowed in the
 * window's capture phase, before X's handlers (or the browser) can act on them. The wait is
 * short (the gate's deadline), and it ends with the send the user asked for, so keys typed in it
 * would otherwise land in a message that is already on its way out.
 *
 * An IME composition cannot be cancelled; if the text changes anyway the gate does not send it
 * and says so (gate.ts).
 */
const EVENTS = ['keydown', 'keypress', 'beforeinput', 'textInput', 'paste', 'cut', 'drop'] as const;

/** Locks `editor` until the returned function is called. */
export function lockInput(win: Window, editor: HTMLElement): () => void {
  const swallow = (e: Event): void => {
    if (!e.composedPath().includes(editor)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  for (const t of EVENTS) win.addEventListener(t, swallow, true);
  let locked = true;
  return () => {
    if (!locked) return;
    locked = false;
    for (const t of EVENTS) win.removeEventListener(t, swallow, true);
  };
}
