/**
 * The card's side of issue 13: "not an issue here" and undo as `ReasonActions` for the shared
 * components (remembering the last choice for its Undo line), and the opener line for the draft
 * on screen, asked for once per draft that is not worth sending yet.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { scopesAt } from '../shared/dismiss-scopes';
import type { Opener } from '../shared/opener';
import type { DismissScope, ReasonActions } from '../ui/actions';
import type { BadgeModel, CardActions } from './model';

export function useCardActions(
  model: BadgeModel,
  actions: CardActions | null,
): { reasons: ReasonActions | undefined; opener: Opener | null } {
  const [last, setLast] = useState<{ signal: string; scope: DismissScope } | null>(null);
  const [opener, setOpener] = useState<{ draft: string; line: Opener | null } | null>(null);
  const v = model.verdict;
  const wanted = !!actions && !!v && v.verdict !== 'send' && model.state === 'ready';
  const draft = model.draft;

  useEffect(() => {
    if (!wanted || !actions || opener?.draft === draft) return;
    let live = true;
    actions.opener(draft).then(
      (line) => live && setOpener({ draft, line }),
      () => live && setOpener({ draft, line: null }),
    );
    return () => {
      live = false;
    };
  }, [wanted, actions, draft, opener?.draft]);

  const handle = model.recipient?.handle;
  const who = handle ? `@${handle}` : model.recipient?.name?.trim() || undefined;
  const reasons = useMemo<ReasonActions | undefined>(
    () =>
      actions
        ? {
            // Computed here, in the card's script: the safety rule reads the signal registry,
            // which the always-loaded script does without.
            scopes: (signal) => scopesAt(signal, actions.place()),
            who,
            last,
            dismiss(signal, scope) {
              setLast({ signal, scope });
              void actions.dismiss(signal, scope).then((ok) => ok || setLast(null));
            },
            restore(signal) {
              setLast(null);
              void actions.restore(signal);
            },
          }
        : undefined,
    [actions, who, last],
  );
  return { reasons, opener: opener?.draft === draft ? opener.line : null };
}
