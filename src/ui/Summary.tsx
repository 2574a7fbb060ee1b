/**
 * The verdict at a glance, the first thing the card and the popup show: the top two reasons, the
 * one item of theirs to engage with (their open question, or the post or bio line the engine
 * picked, labelled as what it is) and one fix. Everything else is in `Details`.
 */

import { msg } from '../shared/i18n';
import type { VerdictMessage } from '../shared/messages';
import type { Opener } from '../shared/opener';
import type { CopyText, ReasonActions } from './actions';
import { Fix } from './Fix';
import { OpenerLine } from './OpenerLine';
import { ReasonList } from './ReasonList';
import { SetAsideNote } from './SetAside';
import { engageOf, topFix, topReasons } from './signals';
import { ENGAGE, signalName } from './vocabulary';

interface Props {
  verdict: VerdictMessage;
  /** The draft the verdict was computed for: evidence ranges index into it. */
  draft: string;
  /** "Not an issue here" on each reason, where the surface can act on it. */
  actions?: ReasonActions | undefined;
  /** An opener line scored `send` for them, and how to copy it (absent: none to offer). */
  opener?: Opener | null | undefined;
  copy?: CopyText | undefined;
}

export function Summary({ verdict: v, draft, actions, opener, copy }: Props) {
  const reasons = topReasons(v, draft, msg);
  const last = actions?.last;
  const engage = engageOf(v);
  const fix = topFix(v);
  return (
    <div class="w-summary">
      {reasons.length > 0 ? (
        <ReasonList reasons={reasons} actions={actions} />
      ) : (
        <p class="w-summary__none">
          {v.verdict === 'send'
            ? msg('ui_reason_nothing_against')
            : msg('ui_reason_low_score', [Math.round(v.score)])}
        </p>
      )}
      {actions && last && (
        <SetAsideNote name={signalName(last.signal, msg)} actions={{ ...actions, last }} />
      )}
      {engage && (
        <div class="w-engage" data-worthy="engage" data-source={engage.source}>
          <span class="w-engage__label">{msg(ENGAGE[engage.source])}</span>
          <q class="w-engage__text" dir="auto">
            {engage.text}
          </q>
          {engage.engaged !== null && (
            <span class={`w-engage__state w-tone--${engage.engaged ? 'good' : 'neutral'}`}>
              {msg(engage.engaged ? 'ui_engage_done' : 'ui_engage_todo')}
            </span>
          )}
        </div>
      )}
      {opener && copy && v.verdict !== 'send' && (
        <OpenerLine key={opener.text} opener={opener} copy={copy} />
      )}
      {fix && <Fix text={fix} />}
    </div>
  );
}
