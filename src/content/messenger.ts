/**
 * The content script's requests to the worker, on `chrome.runtime` directly: the promise-based
 * polyfill and zod stay out of the script loaded on every x.com page. The worker validates every
 * request against the protocol (background/router.ts); here only the score reply is read, and it
 * is checked by hand (reply-check.ts). A timeout, a reload of the extension or a malformed reply
 * all become an error the caller fails open on.
 */

import { exchange, type Result } from '../shared/exchange';
import type { DraftContext, ScoreReply } from '../shared/messages';
import type { Opener } from '../shared/opener';
import type { Request } from '../shared/protocol';
import { isOpener, isScoreReply } from './reply-check';

/** Until this long the caller waits; past it, it behaves as if Worthy were not installed. */
const DEFAULT_TIMEOUT_MS = 1_500;

type Envelope = { ok: true; data: unknown } | { ok: false; error: string };

function isEnvelope(x: unknown): x is Envelope {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as { ok?: unknown; error?: unknown };
  return e.ok === true ? 'data' in e : e.ok === false && typeof e.error === 'string';
}

function ask(req: Request, timeoutMs: number): Promise<Result<unknown>> {
  return exchange(async () => {
    const raw: unknown = await chrome.runtime.sendMessage(req);
    if (!isEnvelope(raw)) return { ok: false, error: 'bad reply: not an envelope' };
    return raw.ok ? { ok: true, data: raw.data } : raw;
  }, timeoutMs);
}

/** Scores `context` in the worker; the reply is checked before anyone reads it. */
export async function requestScore(
  context: DraftContext,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Result<ScoreReply>> {
  const r = await ask({ type: 'score-draft', context }, timeoutMs);
  if (!r.ok) return r;
  return isScoreReply(r.data)
    ? { ok: true, data: r.data }
    : { ok: false, error: 'bad score reply' };
}

/** An opener line for `context`'s draft, scored `send` in the worker, or null when none fits. */
export async function requestOpener(
  context: DraftContext,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Result<Opener | null>> {
  const r = await ask({ type: 'suggest-opener', context }, timeoutMs);
  if (!r.ok) return r;
  return r.data === null || isOpener(r.data)
    ? { ok: true, data: r.data }
    : { ok: false, error: 'bad opener reply' };
}

/** A request whose reply only says whether it was done (reports, mute, ping, loading the UI). */
export async function tell(
  req: Exclude<Request, { type: 'score-draft' | 'suggest-opener' }>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Result<null>> {
  const r = await ask(req, timeoutMs);
  return r.ok ? { ok: true, data: null } : r;
}
