/** When a verdict should hold a send, given the user's gate setting (settings.ts). */
import type { ScoreReply } from '../shared/messages';

export function shouldHold(reply: ScoreReply | null): boolean {
  if (!reply || reply.paused || !reply.verdict) return false;
  // A score taken before the worker had its word vectors carries a milder verdict for the gate:
  // relevance it could not measure never holds a send (background/unmeasured.ts).
  const kind = reply.gateVerdict ?? reply.verdict.verdict;
  switch (reply.gate) {
    case 'hold':
      return kind === 'hold';
    case 'strict':
      return kind === 'hold' || kind === 'revise';
    default:
      // off and warn never hold a send.
      return false;
  }
}

/** True when a reply says no send would be held whatever the verdict. */
export function gateOpen(reply: ScoreReply | null): boolean {
  return !!reply && (reply.paused || reply.gate === 'off' || reply.gate === 'warn');
}
