import { msg } from '../shared/i18n';

/** The one fix offered: "Try this: …". Room after it for a "Copy" button (issue 13). */
export function Fix({ text }: { text: string }) {
  return (
    <p class="w-fix" data-worthy="fix">
      <span class="w-fix__label">{msg('ui_heading_fix')}</span> {text}
    </p>
  );
}
