/**
 * The card the badge opens. Compact first: the verdict, the top two reasons, what of theirs to
 * engage with and one fix (`ui/Summary`); "Details" expands the full ledger (`ui/Details`).
 * Non-modal (`role="dialog"` without aria-modal); Escape closes it and the badge takes focus back.
 * Everything from the recipient, the thread or the draft is untrusted and rendered as text.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { copyText } from '../ui/clipboard';
import { Details } from '../ui/Details';
import { WorthyMark } from '../ui/icons';
import { Summary } from '../ui/Summary';
import { VerdictChip } from '../ui/VerdictChip';
import { badgeWords } from './badge-words';
import { useCardActions } from './card-actions';
import type { BadgeModel, CardActions } from './model';
import type { CardPlace } from './placement';
import { recipientName } from './recipient';

export interface CardProps {
  id: string;
  model: BadgeModel;
  place: CardPlace;
  details: boolean;
  /** Move keyboard focus in when opened (opened from the badge, not from the warning). */
  takeFocus: boolean;
  /** "Not an issue here", undo and the opener line; null where nothing can be done. */
  actions?: CardActions | null | undefined;
  onToggleDetails(): void;
  onClose(): void;
}

/** Under the title: whether the verdict lags the latest edits, and whether sends are held. */
function subline(model: BadgeModel): string {
  const parts: string[] = [];
  if (model.verdict && model.state === 'pending') parts.push(msg('overlay_card_updating'));
  if (model.verdict && (model.gate === 'off' || model.gate === 'warn'))
    parts.push(msg('overlay_card_never_held'));
  return parts.join(' · ');
}

function stateText(model: BadgeModel): string {
  if (model.state === 'paused') return msg('overlay_card_paused_text');
  if (model.state === 'error') return msg('overlay_card_error_text');
  if (model.state === 'unchecked') return msg('overlay_card_unchecked_text');
  return msg('overlay_card_checking_text');
}

export function Card({
  id,
  model,
  place,
  details,
  takeFocus,
  actions,
  onToggleDetails,
  onClose,
}: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const detailsId = useId();
  const { reasons, opener } = useCardActions(model, actions ?? null);
  // Into Worthy's own shadow root if the clipboard API refuses: never into X's page.
  const copy = (text: string) =>
    copyText(text, (ref.current?.getRootNode() as ShadowRoot | undefined) ?? document.body);
  useLayoutEffect(() => {
    if (takeFocus) ref.current?.focus({ preventScroll: true });
  }, [takeFocus]);
  const v = model.verdict;
  const sub = subline(model);
  const who = recipientName(model.recipient);
  return (
    <div
      ref={ref}
      id={id}
      class="card"
      role="dialog"
      aria-labelledby={`${id}-brand ${id}-title`}
      tabIndex={-1}
      style={{
        left: `${place.left}px`,
        bottom: `${place.bottom}px`,
        width: `${place.width}px`,
        maxHeight: `${place.maxHeight}px`,
      }}
      data-worthy="card"
      data-beside={place.beside ? 'true' : 'false'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div class="card__head">
        <span id={`${id}-brand`} class="card__brand">
          <WorthyMark />
          Worthy
          {who ? ` · ${msg('overlay_card_to', [who])}` : ''}
        </span>
        <button
          type="button"
          class="card__close"
          aria-label={msg('overlay_card_close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <h2 id={`${id}-title`} class="card__title">
        {v ? <VerdictChip verdict={v.verdict} score={v.score} /> : badgeWords(model).status}
      </h2>
      {sub && <p class="card__sub">{sub}</p>}
      {v ? (
        <Summary verdict={v} draft={model.draft} actions={reasons} opener={opener} copy={copy} />
      ) : (
        <p class="w-muted">{stateText(model)}</p>
      )}
      {(v || (model.mute && model.state !== 'paused')) && (
        <div class="card__foot">
          {v && (
            <button
              type="button"
              class="linkbtn"
              aria-expanded={details}
              aria-controls={detailsId}
              data-worthy="details-toggle"
              onClick={onToggleDetails}
            >
              {msg(details ? 'overlay_card_hide_details' : 'overlay_card_details')}
            </button>
          )}
          {model.mute && model.state !== 'paused' && (
            <button
              type="button"
              class="linkbtn card__mute"
              onClick={() => {
                model.mute?.();
                onClose();
              }}
            >
              {msg('overlay_card_mute')}
            </button>
          )}
        </div>
      )}
      {v && details && (
        <div id={detailsId}>
          <Details
            verdict={v}
            draft={model.draft}
            actions={reasons}
            interestsTitle={
              model.recipient?.handle
                ? msg('ui_heading_interests_handle', [model.recipient.handle])
                : undefined
            }
          />
        </div>
      )}
    </div>
  );
}
