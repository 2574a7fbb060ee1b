/**
 * Worthy's diagnosis of the page for the popup ("why is Worthy standing aside here"): sent once
 * the SPA has had a moment to render, then again whenever it changes.
 */
import type { Diagnosis } from '../sites/x/types';
import { guard } from './log';

export const STATUS_DELAY_MS = 800;

export class PageStatus {
  private sent = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly read: () => Diagnosis,
    private readonly send: (d: Diagnosis) => void,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  /** The page may have changed: report after it settles, if the diagnosis differs. */
  poke(): void {
    if (this.timer !== undefined || this.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.signal.aborted) guard('page-status', () => this.flush());
    }, STATUS_DELAY_MS);
  }

  private flush(): void {
    const d = this.read();
    const key = JSON.stringify(d);
    if (key === this.sent) return;
    this.sent = key;
    this.send(d);
  }
}
