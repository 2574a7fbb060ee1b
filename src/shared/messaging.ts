/**
 * Sending requests over the protocol in `protocol.ts`. Both directions validate: the sender
 * checks the reply against the schema its request type names, the receiver (background/router.ts)
 * checks the request's. A timeout turns a sleeping or broken worker into an error the caller can
 * fail open on.
 */
import browser from 'webextension-polyfill';
import { exchange, type Result } from './exchange';
import {
  describeZodError,
  PROTOCOL,
  type ReplyOf,
  type RequestOf,
  type RequestType,
  replySchema,
} from './protocol';

export type { Result };

export interface RequestOptions {
  /** Give up after this long; the caller then behaves as if Worthy were not installed. */
  timeoutMs?: number;
}

export async function request<K extends RequestType>(
  req: RequestOf<K> & { type: K },
  { timeoutMs = 1_500 }: RequestOptions = {},
): Promise<Result<ReplyOf<K>>> {
  return exchange(async (): Promise<Result<ReplyOf<K>>> => {
    const raw: unknown = await browser.runtime.sendMessage(req);
    const envelope = replySchema.safeParse(raw);
    if (!envelope.success)
      return { ok: false, error: `bad reply: ${describeZodError(envelope.error)}` };
    if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
    const data = PROTOCOL[req.type].reply.safeParse(envelope.data.data);
    return data.success
      ? { ok: true, data: data.data as ReplyOf<K> }
      : { ok: false, error: `bad reply data: ${describeZodError(data.error)}` };
  }, timeoutMs);
}
