/**
 * What the badge by the active composer shows, from the scorer's events and the gate's state:
 * the verdict (or that one is coming), "Checking…" while a send waits for its verdict, and
 * "Sent unchecked" after the gate let a send through without one. The overlay renders the model.
 */
import type { BadgeModel, Recipient } from '../overlay/model';
import type { ComposerHandle } from '../sites/x/types';
import type { OverlayHost } from './overlay-host';
import type { ScoreEvent } from './scorer';

export class BadgePresenter {
  private model: BadgeModel | null = null;
  /** Who each composer's last score was for: the card and the warning name them. */
  private readonly recipients = new WeakMap<HTMLElement, Recipient>();

  constructor(private readonly overlay: OverlayHost) {}

  current(): BadgeModel | null {
    return this.model;
  }

  hide(): void {
    this.show(null);
  }

  /** The person the composer's draft is being scored for, as the page shows them. */
  remember(c: ComposerHandle, recipient: Recipient): void {
    this.recipients.set(c.editor, recipient);
  }

  /** A score event for the active composer. `mute` turns Worthy off for its conversation. */
  onScore(c: ComposerHandle, ev: ScoreEvent, mute?: () => void): void {
    const prev = this.sameAnchor(c);
    if (ev.kind === 'empty') {
      // X cleared the box after a send that went out unchecked: keep saying so.
      if (prev?.status !== 'unchecked') this.show(null);
      return;
    }
    // Whatever the user does next, the unchecked send is behind them; "Checking…" stays until
    // the gate is done.
    const status = prev?.status === 'checking' ? 'checking' : undefined;
    if (ev.kind === 'pending') {
      if (prev?.state === 'pending' && prev.status === status) return;
      this.show(withStatus({ ...this.base(c, prev, ev.draft), state: 'pending' }, status));
      return;
    }
    if (ev.kind === 'error') {
      this.show(
        withStatus({ ...this.base(c, prev, ev.draft), state: 'error', error: ev.error }, status),
      );
      return;
    }
    const { reply, draft } = ev.entry;
    const next: BadgeModel = {
      anchor: c.anchor,
      state: reply.paused ? 'paused' : c.readDraft() === draft ? 'ready' : 'pending',
      verdict: reply.paused ? null : reply.verdict,
      draft,
      gate: reply.gate,
    };
    const recipient = this.recipients.get(c.editor);
    if (recipient) next.recipient = recipient;
    if (mute) next.mute = mute;
    this.show(withStatus(next, status));
  }

  /** The gate started (true) or stopped (false) waiting for this composer's verdict. */
  checking(c: ComposerHandle, on: boolean): void {
    const prev = this.sameAnchor(c);
    if (on) {
      this.show({ ...this.base(c, prev, c.readDraft()), ...keep(prev), status: 'checking' });
    } else if (prev?.status === 'checking') {
      this.show(withStatus({ ...prev }, undefined));
    }
  }

  /** The gate let a send through without a verdict. */
  unchecked(c: ComposerHandle): void {
    const prev = this.sameAnchor(c);
    this.show({ ...this.base(c, prev, ''), state: 'error', verdict: null, status: 'unchecked' });
  }

  private sameAnchor(c: ComposerHandle): BadgeModel | null {
    return this.model && this.model.anchor === c.anchor ? this.model : null;
  }

  private base(c: ComposerHandle, prev: BadgeModel | null, draft: string): BadgeModel {
    const out: BadgeModel = {
      anchor: c.anchor,
      state: 'pending',
      verdict: prev?.verdict ?? null,
      draft: prev?.draft ?? draft,
      gate: prev?.gate ?? 'hold',
    };
    const recipient = this.recipients.get(c.editor);
    if (recipient) out.recipient = recipient;
    return out;
  }

  private show(next: BadgeModel | null): void {
    this.model = next;
    this.overlay.setBadge(next);
  }
}

function keep(prev: BadgeModel | null): Partial<BadgeModel> {
  return prev ? { state: prev.state, ...(prev.mute ? { mute: prev.mute } : {}) } : {};
}

function withStatus(m: BadgeModel, status: BadgeModel['status']): BadgeModel {
  const { status: _old, ...rest } = m;
  return status ? { ...rest, status } : rest;
}
