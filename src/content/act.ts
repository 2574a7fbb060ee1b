/**
 * The card's actions in the page (issue 13), over the worker: set a reason aside or count it
 * again, then re-score at once so the badge and the card show the new verdict; ask for an opener
 * line for the draft on screen. The place (conversation id, recipient) is the one the last score
 * was made for, so a choice applies exactly where the verdict it acts on was computed.
 */

import type { CardActions } from '../overlay/model';
import type { Place } from '../shared/dismissals';
import type { Result } from '../shared/exchange';
import type { DraftContext } from '../shared/messages';
import type { Opener } from '../shared/opener';
import type { ComposerHandle } from '../sites/x/types';
import { logError } from './log';
import { requestOpener, tell } from './messenger';

/** The opener scores a handful of lines in the worker, which may be waking up. */
const OPENER_TIMEOUT_MS = 4_000;

export interface ActDeps {
  /** The composer in use, if any. */
  composer(): ComposerHandle | null;
  /** Where the composer's last score was made (placeOf its context). */
  place(): Place;
  /** The context a score of `draft` in `c` sends (draftContext). */
  context(c: ComposerHandle, draft: string): DraftContext;
  /** Drop what is known and score the composer's draft again now. */
  rescore(c: ComposerHandle): void;
}

/** Where a draft context is written, as the worker keys choices. */
export function placeOf(context: DraftContext): Place {
  const { handle, name } = context.recipient;
  return {
    conversationId: context.conversationId,
    ...(handle ? { handle } : {}),
    ...(name ? { name: name.slice(0, 500) } : {}),
  };
}

export function cardActions(deps: ActDeps): CardActions {
  const here = (): { c: ComposerHandle; place: Place } | null => {
    const c = deps.composer();
    return c ? { c, place: deps.place() } : null;
  };
  const change = async (
    what: string,
    send: (p: Place) => Promise<Result<null>>,
  ): Promise<boolean> => {
    const at = here();
    if (!at) return false;
    const r = await send(at.place);
    if (!r.ok) {
      logError(`${what} not delivered`, r.error);
      return false;
    }
    deps.rescore(at.c);
    return true;
  };
  return {
    place: () => deps.place(),
    dismiss: (signal, scope) =>
      change('not an issue here', (p) => tell({ type: 'dismiss-signal', signal, scope, place: p })),
    restore: (signal) =>
      change('count it again', (p) => tell({ type: 'restore-signal', signal, place: p })),
    async opener(draft): Promise<Opener | null> {
      const c = deps.composer();
      if (!c) return null;
      const r = await requestOpener(deps.context(c, draft), OPENER_TIMEOUT_MS);
      if (!r.ok) logError('opener', r.error);
      return r.ok ? r.data : null;
    },
  };
}
