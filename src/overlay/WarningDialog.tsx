/**
 * The pre-send warning: a modal alertdialog in Worthy's shadow root. It names the recipient, says
 * the verdict in the same words as the badge, gives the top reasons (plain names and the draft's
 * words, each once) and the top fix, and offers "Show details" (back to the draft with the card's
 * ledger open). Focus starts on "Edit message" (the safe choice), Tab stays inside, Escape means
 * Edit. Each button works once: the first activation disables all, so a double click cannot send
 * twice.
 *
 * Kept small and apart from the card on purpose: issue 12 moves it into the script loaded on every
 * x.com page, so it imports only the vocabulary, the pure reason helpers and two tiny components.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { Fix } from '../ui/Fix';
import { ReasonList } from '../ui/ReasonList';
import { topFix, topReasons } from '../ui/signals';
import { VerdictChip } from '../ui/VerdictChip';
import type { WarningChoice, WarningModel } from './model';
import { recipientName } from './recipient';
import { isUserEvent } from './trusted';

type Choice = WarningChoice | 'details';

/** Edit first (the safe choice, focused), then Send anyway, then the way to the details. */
const BUTTONS: { choice: Choice; cls: string; label: string }[] = [
  { choice: 'edit', cls: 'btn primary', label: 'overlay_warning_edit' },
  { choice: 'send', cls: 'btn', label: 'overlay_warning_send' },
  { choice: 'details', cls: 'linkbtn', label: 'overlay_warning_details' },
];

export function WarningDialog({
  model,
  onDetails,
}: {
  model: WarningModel;
  /** After "Show details" resolved the warning as Edit: open the card with its ledger. */
  onDetails(): void;
}) {
  const [done, setDone] = useState(false);
  const chosen = useRef(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const buttons = useRef<HTMLDivElement>(null);
  const v = model.verdict;
  const who = recipientName(model.recipient);
  const fix = topFix(v);

  useLayoutEffect(() => {
    editRef.current?.focus({ preventScroll: true });
  }, []);

  const choose = (c: Choice, e: Event): void => {
    // "Send anyway" acts only on the user's own click or key (trusted.ts): a page script cannot
    // wave a held send through by clicking the button in Worthy's open shadow root.
    if (c === 'send' && !isUserEvent(e)) return;
    if (chosen.current) return;
    chosen.current = true;
    setDone(true);
    model.choose(c === 'send' ? 'send' : 'edit');
    if (c === 'details') onDetails();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      choose('edit', e);
      return;
    }
    const list = [...(buttons.current?.querySelectorAll('button') ?? [])];
    const root = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
    const at = list.indexOf(root.activeElement as HTMLButtonElement);
    if (e.key === 'Tab') {
      // Keep focus inside the modal, cycling through its buttons.
      e.preventDefault();
      const step = e.shiftKey ? -1 : 1;
      list[(at + step + list.length) % list.length]?.focus();
      return;
    }
    // The button the key was pressed on (a script can aim a key at one without focusing it).
    const on = list.includes(e.target as HTMLButtonElement)
      ? list.indexOf(e.target as HTMLButtonElement)
      : at;
    if ((e.key === 'Enter' || e.key === ' ') && on >= 0) {
      // Act on keydown and cancel it: otherwise the Enter's keypress would land in X's editor
      // once focus returns there and add a newline to the draft.
      e.preventDefault();
      choose((list[on]!.dataset.choice as Choice | undefined) ?? 'edit', e);
    }
  };

  return (
    <div class="backdrop" data-worthy="warning-backdrop">
      <div
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="worthy-warning-title"
        aria-describedby="worthy-warning-desc"
        data-worthy="warning"
        data-verdict={v.verdict}
        onKeyDown={onKeyDown}
      >
        <h2 id="worthy-warning-title" dir="auto">
          {who ? msg('overlay_warning_title_to', [who]) : msg('overlay_warning_title')}
        </h2>
        <div id="worthy-warning-desc">
          <VerdictChip verdict={v.verdict} score={v.score} />
          <ReasonList reasons={topReasons(v, model.draft, msg, 3)} />
          {fix && <Fix text={fix} />}
        </div>
        <div class="actions" ref={buttons}>
          {BUTTONS.map((b) => (
            <button
              key={b.choice}
              ref={b.choice === 'edit' ? editRef : undefined}
              type="button"
              class={b.cls}
              data-choice={b.choice}
              disabled={done}
              onClick={(e) => choose(b.choice, e)}
            >
              {msg(b.label)}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
