/**
 * The pre-send warning: a modal alertdialog in Worthy's shadow root. Focus starts on
 * "Edit message" (the safe choice), Tab stays inside, Escape means Edit. Each button works once:
 * the first activation disables both, so a double click cannot send twice. "Send anyway" acts
 * only on the user's own click or key (trusted.ts): a page script cannot wave a held send through.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { pct, relevanceText, topReasons, VERDICT_WORD } from './labels';
import type { WarningChoice, WarningModel } from './model';
import { isUserEvent } from './trusted';

export function WarningDialog({ model }: { model: WarningModel }) {
  const [done, setDone] = useState(false);
  const chosen = useRef(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const v = model.verdict;

  useLayoutEffect(() => {
    editRef.current?.focus({ preventScroll: true });
  }, []);

  const choose = (c: WarningChoice, e: Event): void => {
    if (c === 'send' && !isUserEvent(e)) return;
    if (chosen.current) return;
    chosen.current = true;
    setDone(true);
    model.choose(c);
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      choose('edit', e);
      return;
    }
    if (e.key === 'Tab') {
      // Two buttons: keep focus inside the modal.
      e.preventDefault();
      const active = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
      const next = active.activeElement === editRef.current ? sendRef.current : editRef.current;
      next?.focus();
      return;
    }
    if (
      (e.key === 'Enter' || e.key === ' ') &&
      (e.target === editRef.current || e.target === sendRef.current)
    ) {
      // Act on keydown and cancel it: otherwise the Enter's keypress would land in X's editor
      // once focus returns there and add a newline to the draft.
      e.preventDefault();
      choose(e.target === sendRef.current ? 'send' : 'edit', e);
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
        <h2 id="worthy-warning-title">{msg('overlay_warning_title')}</h2>
        <div id="worthy-warning-desc">
          <p>
            {msg('overlay_warning_verdict')}{' '}
            <strong class={`kind-${v.verdict}`}>{msg(VERDICT_WORD[v.verdict])}</strong>{' '}
            {msg('overlay_warning_scores', [Math.round(v.score), pct(v.spam), relevanceText(v)])}
          </p>
          <ul>
            {topReasons(v).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
        <div class="actions">
          <button
            ref={editRef}
            type="button"
            class="btn primary"
            disabled={done}
            onClick={(e) => choose('edit', e)}
          >
            {msg('overlay_warning_edit')}
          </button>
          <button
            ref={sendRef}
            type="button"
            class="btn"
            disabled={done}
            onClick={(e) => choose('send', e)}
          >
            {msg('overlay_warning_send')}
          </button>
        </div>
      </div>
    </div>
  );
}
