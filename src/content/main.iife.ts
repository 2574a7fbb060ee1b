/**
 * Worthy's content script, run at document_start on x.com and twitter.com. The send gate's
 * window capture listeners go in first, before X's own scripts can register theirs; everything
 * else waits for the DOM. Any failure is logged with a `[Worthy]` prefix and X keeps working.
 */
import { installGate } from './gate';
import { guard } from './log';
import { startSession } from './session';

const gate = guard('installing the send gate', () => installGate(window));

const boot = (): void => {
  if (gate) guard('starting', () => startSession(window, gate));
};

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', boot, { once: true });
else boot();
