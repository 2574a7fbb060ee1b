/**
 * The pre-send warning: a modal alertdialog in Worthy's shadow root. It names the recipient, says
 * the verdict in the same words as the badge, gives the top reasons (plain names and the draft's
 * words, each once) and the top fix, and offers "Show details" (back to the draft with the card's
 * ledger open). Focus starts on "Edit message" (the safe choice), Tab stays inside, Escape means
 * Edit. Each button works once: the first activation disables all, so a double click cannot send
 * twice.
 *
 * Plain DOM, not Preact: it ships in the script loaded on every x.com page, so the gate can warn
 * before the card's script has loaded (content/overlay-host.ts).
 */
import { msg } from '../shared/i18n';
import { topFix, topReasons } from '../ui/signals';
import { builder } from './dom';
import type { WarningChoice, WarningModel } from './model';
import { recipientName } from './recipient';
import { fixLine, reasonList, verdictChip } from './summary-dom';
import { isUserEvent } from './trusted';

type Choice = WarningChoice | 'details';

/** Edit first (the safe choice, focused), then Send anyway, then the way to the details. */
const BUTTONS: { choice: Choice; cls: string; label: string }[] = [
  { choice: 'edit', cls: 'btn primary', label: 'overlay_warning_edit' },
  { choice: 'send', cls: 'btn', label: 'overlay_warning_send' },
  { choice: 'details', cls: 'linkbtn', label: 'overlay_warning_details' },
];

/**
 * Shows the warning in `root` and focuses "Edit message". `onDetails` runs after "Show details"
 * resolved it as Edit. Returns a function that removes it.
 */
export function showWarning(
  root: HTMLElement,
  model: WarningModel,
  onDetails: () => void,
): () => void {
  const h = builder(root.ownerDocument);
  const v = model.verdict;
  const who = recipientName(model.recipient);
  const fix = topFix(v);
  let chosen = false;

  const buttons = BUTTONS.map((b) => {
    const el = h('button', { type: 'button', class: b.cls, 'data-choice': b.choice }, msg(b.label));
    el.addEventListener('click', (e) => choose(b.choice, e));
    return el as HTMLButtonElement;
  });

  const choose = (c: Choice, e: Event): void => {
    // "Send anyway" acts only on the user's own click or key (trusted.ts): a page script cannot
    // wave a held send through by clicking the button in Worthy's open shadow root.
    if (c === 'send' && !isUserEvent(e)) return;
    if (chosen) return;
    chosen = true;
    for (const b of buttons) b.disabled = true;
    model.choose(c === 'send' ? 'send' : 'edit');
    if (c === 'details') onDetails();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      choose('edit', e);
      return;
    }
    const at = buttons.indexOf(
      (root.getRootNode() as ShadowRoot | Document).activeElement as never,
    );
    if (e.key === 'Tab') {
      // Keep focus inside the modal, cycling through its buttons.
      e.preventDefault();
      const step = e.shiftKey ? -1 : 1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
      return;
    }
    // The button the key was pressed on (a script can aim a key at one without focusing it).
    const target = buttons.indexOf(e.target as HTMLButtonElement);
    const on = target >= 0 ? target : at;
    if ((e.key === 'Enter' || e.key === ' ') && on >= 0) {
      // Act on keydown and cancel it: otherwise the Enter's keypress would land in X's editor
      // once focus returns there and add a newline to the draft.
      e.preventDefault();
      choose(BUTTONS[on]!.choice, e);
    }
  };

  const dialog = h(
    'div',
    {
      class: 'dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'worthy-warning-title',
      'aria-describedby': 'worthy-warning-desc',
      'data-worthy': 'warning',
      'data-verdict': v.verdict,
    },
    h(
      'h2',
      { id: 'worthy-warning-title', dir: 'auto' },
      who ? msg('overlay_warning_title_to', [who]) : msg('overlay_warning_title'),
    ),
    h(
      'div',
      { id: 'worthy-warning-desc' },
      verdictChip(h, v.verdict, v.score),
      reasonList(h, topReasons(v, model.draft, msg, 3)),
      fix && fixLine(h, fix),
    ),
    h('div', { class: 'actions' }, ...buttons),
  );
  dialog.addEventListener('keydown', onKeyDown);
  const backdrop = h('div', { class: 'backdrop', 'data-worthy': 'warning-backdrop' }, dialog);
  root.append(backdrop);
  buttons[0]!.focus({ preventScroll: true });
  return () => backdrop.remove();
}
