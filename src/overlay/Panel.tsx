/**
 * The guidance panel the badge opens: scores, context, what hurts and helps, the draft with its
 * evidence highlighted, the recipient's interests, suggestions and skipped checks. Non-modal
 * (`role="dialog"` without aria-modal); Escape closes it and the badge takes focus back.
 * Everything from the recipient, the thread or the draft is untrusted and rendered as text.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { msg } from '../shared/i18n';
import type { VerdictMessage } from '../shared/messages';
import { DraftText } from './DraftText';
import { CONTEXT_WORD, groupSignals, pct, SEVERITY_WORD, VERDICT_WORD } from './labels';
import { Meter } from './Meter';
import type { BadgeModel } from './model';
import type { Box } from './position';
import { isUserEvent } from './trusted';

type Signal = VerdictMessage['signals'][number];

const SOURCE_WORD: Record<string, string> = {
  bio: 'overlay_source_bio',
  post: 'overlay_source_post',
  name: 'overlay_source_name',
  location: 'overlay_source_location',
  url: 'overlay_source_url',
  thread: 'overlay_source_thread',
  brand: 'overlay_source_brand',
};

/** “quote” (where it is from), e.g. “Coffee nerd” (bio). */
function quoteWithSource(text: string, source: string): string {
  const key = SOURCE_WORD[source];
  return msg('overlay_quote_source', [text, key ? msg(key) : source]);
}

export function panelPosition(box: Box): { style: Record<string, string> } {
  const right = Math.max(8, box.vw - box.right + 8);
  const badgeTop = box.top - 34;
  if (badgeTop > 260 || badgeTop > box.vh - box.bottom) {
    const bottom = box.vh - Math.max(badgeTop, 40) + 8;
    return {
      style: {
        right: `${right}px`,
        bottom: `${bottom}px`,
        maxHeight: `${Math.max(160, box.vh - bottom - 8)}px`,
      },
    };
  }
  const top = Math.max(8, box.bottom + 8);
  return {
    style: {
      right: `${right}px`,
      top: `${top}px`,
      maxHeight: `${Math.max(160, box.vh - top - 8)}px`,
    },
  };
}

function SignalList({ items }: { items: Signal[] }) {
  return (
    <ul>
      {items.map((s) => (
        <li key={s.id}>
          <span class={`sev sev-${s.severity}`}>{msg(SEVERITY_WORD[s.severity])}</span>
          {s.message}
          {s.quotes?.map((q) => (
            <span class="quote" dir="auto" key={`${q.source}-${q.index ?? ''}-${q.text}`}>
              {quoteWithSource(q.text, q.source)}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

function Guidance({ v, draft }: { v: VerdictMessage; draft: string }) {
  const { hurts, helps, notes } = groupSignals(v.signals);
  return (
    <>
      <div class="meters">
        <Meter
          id="worthy-relevance"
          label={msg('overlay_meter_relevance')}
          value={v.relevance === null ? null : pct(v.relevance)}
          kind="relevance"
        />
        <Meter id="worthy-spam" label={msg('overlay_meter_spam')} value={pct(v.spam)} kind="spam" />
      </div>
      <div class="card" data-worthy="context">
        <p>{msg(CONTEXT_WORD[v.context.kind])}</p>
        {v.context.openQuestion ? (
          <p class="sub">
            {msg('overlay_open_question')}{' '}
            <span dir="auto">{msg('ui_quoted', [v.context.openQuestion.text])}</span>
          </p>
        ) : null}
      </div>
      <section aria-labelledby="worthy-draft">
        <h3 id="worthy-draft">{msg('overlay_heading_draft')}</h3>
        <DraftText draft={draft} verdict={v} />
      </section>
      {hurts.length ? (
        <section aria-labelledby="worthy-hurts">
          <h3 id="worthy-hurts">{msg('overlay_heading_hurts')}</h3>
          <SignalList items={hurts} />
        </section>
      ) : null}
      {helps.length ? (
        <section aria-labelledby="worthy-helps">
          <h3 id="worthy-helps">{msg('overlay_heading_helps')}</h3>
          <SignalList items={helps} />
        </section>
      ) : null}
      {notes.length ? (
        <section aria-labelledby="worthy-notes">
          <h3 id="worthy-notes">{msg('overlay_heading_notes')}</h3>
          <SignalList items={notes} />
        </section>
      ) : null}
      {v.interests.length ? (
        <section aria-labelledby="worthy-interests">
          <h3 id="worthy-interests">{msg('overlay_heading_interests')}</h3>
          <ul>
            {v.interests.map((i) => (
              <li key={`${i.source}-${i.index ?? ''}-${i.label}`}>
                <strong dir="auto">{i.label}</strong>{' '}
                {i.touched ? (
                  <span class="touched">{msg('overlay_interest_touched')}</span>
                ) : (
                  <span class="sub">{msg('overlay_interest_untouched')}</span>
                )}
                <span class="quote" dir="auto">
                  {quoteWithSource(i.quote, i.source)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {v.suggestions.length ? (
        <section aria-labelledby="worthy-suggestions">
          <h3 id="worthy-suggestions">{msg('overlay_heading_suggestions')}</h3>
          <ul>
            {v.suggestions.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {v.skipped.length ? (
        <section aria-labelledby="worthy-skipped">
          <h3 id="worthy-skipped">{msg('overlay_heading_skipped')}</h3>
          <ul>
            {v.skipped.map((s) => (
              <li key={s.id} class="sub">
                {s.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export interface PanelProps {
  id: string;
  model: BadgeModel;
  box: Box;
  onClose(): void;
}

export function Panel({ id, model, box, onClose }: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // Opened by the user (click or Enter on the badge): move focus in for keyboard users.
    ref.current?.focus({ preventScroll: true });
  }, []);
  const v = model.verdict;
  const titleId = `${id}-title`;
  const { style } = panelPosition(box);
  return (
    <div
      ref={ref}
      id={id}
      class="panel"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={style}
      data-worthy="panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div class="head">
        <div>
          <h2 id={titleId}>
            {msg('overlay_panel_title')}{' '}
            {v ? (
              <span class={`kind-${v.verdict}`}>{msg(VERDICT_WORD[v.verdict])}</span>
            ) : model.state === 'paused' ? (
              msg('overlay_panel_title_paused')
            ) : (
              msg('overlay_panel_title_checking')
            )}
          </h2>
          {v ? (
            <p class="sub">
              {msg('overlay_panel_score', [Math.round(v.score)])}
              {model.state === 'pending' ? ` ${msg('overlay_panel_updating')}` : ''}
              {model.gate === 'off' || model.gate === 'warn'
                ? ` ${msg('overlay_panel_never_held')}`
                : ''}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          class="close"
          aria-label={msg('overlay_panel_close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {v ? (
        <Guidance v={v} draft={model.draft} />
      ) : (
        <p class="sub">
          {model.state === 'paused'
            ? msg('overlay_panel_paused_text')
            : model.state === 'error'
              ? msg('overlay_panel_error_text')
              : msg('overlay_panel_checking_text')}
        </p>
      )}
      {model.mute && model.state !== 'paused' ? (
        <div class="foot">
          <button
            type="button"
            class="mute"
            onClick={(e) => {
              // Only the user turns Worthy off; a page script's synthetic click does nothing.
              if (!isUserEvent(e)) return;
              model.mute?.();
              onClose();
            }}
          >
            {msg('overlay_panel_mute')}
          </button>
          <p class="sub">{msg('overlay_panel_mute_hint')}</p>
        </div>
      ) : null}
    </div>
  );
}
