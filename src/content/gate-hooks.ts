/**
 * What the send gate (gate.ts) asks of the page session: the composers, the scorer's verdicts,
 * the warning, the badge's "Checking…" and "Sent unchecked", the notice when a held text
 * changed, and the record of a send once X has sent it.
 */
import { msg } from '../shared/i18n';
import { findComposers } from '../sites/x/index.ts';
import type { BadgePresenter } from './badge';
import { draftContext } from './context';
import type { GateHooks } from './gate';
import { guard } from './log';
import type { OverlayHost } from './overlay-host';
import type { Scorer } from './scorer';
import type { SendRecorder } from './send-recorder';

export interface GateHookDeps {
  doc: Document;
  url(): URL;
  scorer: Scorer;
  overlay: OverlayHost;
  badge: BadgePresenter;
  recorder: SendRecorder;
}

export function gateHooks({ doc, url, scorer, overlay, badge, recorder }: GateHookDeps): GateHooks {
  return {
    composers: () => findComposers(doc),
    lookup: (c, draft) => scorer.lookup(c, draft),
    latest: (c) => scorer.latest(c)?.reply ?? null,
    scoreNow: (c, draft, timeoutMs) => scorer.now(c, draft, timeoutMs),
    warn: (verdict, gateMode) => overlay.warn(verdict, gateMode),
    checking: (c, on) => badge.checking(c, on),
    changed: (c) => overlay.notify(msg('overlay_notice_changed'), c.anchor),
    passed: (c, info) =>
      guard('send passed', () => {
        // Once a send goes out the history changed: the same text again is a repeat or a template
        // and must be judged anew, not replayed from the cache.
        scorer.forget(c);
        if (info.unchecked) badge.unchecked(c);
        const kind = info.reply?.verdict?.verdict ?? null;
        // Paused, or scored as off/warn with no verdict: nothing to record.
        if (info.reply?.paused || (kind === null && !info.unchecked)) return;
        recorder.watch(c, {
          context: draftContext(c, info.draft, doc, url()),
          verdict: info.unchecked ? null : kind,
          held: info.held,
          overridden: info.overridden,
        });
      }),
  };
}
