/**
 * "A fix you can use": an opener line built from their own words, already scored `send` for them
 * by the engine, with a Copy button. Worthy never writes into X's composer: the person pastes it.
 */
import { useState } from 'preact/hooks';
import { msg } from '../shared/i18n';
import type { Opener } from '../shared/opener';
import type { CopyText } from './actions';

export function OpenerLine({ opener, copy }: { opener: Opener; copy: CopyText }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div class="w-opener" data-worthy="opener" data-source={opener.source}>
      <span class="w-opener__label">{msg('ui_opener_label')}</span>
      <q class="w-opener__text" dir="auto">
        {opener.text}
      </q>
      <span class="w-opener__row">
        <button
          type="button"
          class="w-chipbtn"
          aria-label={msg('ui_opener_copy_label')}
          data-worthy="copy-opener"
          onClick={async () => setState((await copy(opener.text)) ? 'copied' : 'failed')}
        >
          {msg('ui_opener_copy')}
        </button>
        <span role="status" class="w-muted">
          {state === 'copied'
            ? msg('ui_opener_copied')
            : state === 'failed'
              ? msg('ui_opener_copy_failed')
              : ''}
        </span>
      </span>
    </div>
  );
}
