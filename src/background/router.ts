/**
 * One handler per request type, typed from the protocol map: each handler gets its request and
 * must return its reply type. Every message is parsed with `parseRequest`, its sender checked,
 * and the handler's result wrapped in the reply envelope. A throwing handler becomes
 * `{ok: false, error}`: the worker keeps serving.
 */
import {
  parseRequest,
  type Reply,
  type ReplyOf,
  type RequestOf,
  type RequestType,
} from '../shared/protocol';
import type { BackgroundDeps } from './deps';
import { type SenderInfo, senderProblem } from './senders';

export interface HandlerContext {
  deps: BackgroundDeps;
  /** The tab a content-script request came from. */
  tabId: number | undefined;
  /** The frame of that tab (0: the top frame). */
  frameId?: number | undefined;
}

export type Handler<K extends RequestType> = (
  request: RequestOf<K>,
  ctx: HandlerContext,
) => Promise<ReplyOf<K>> | ReplyOf<K>;

export type HandlerMap = { [K in RequestType]: Handler<K> };

export type Router = (raw: unknown, sender: SenderInfo) => Promise<Reply>;

export function createRouter(
  handlers: HandlerMap,
  deps: BackgroundDeps,
  extensionId: string,
): Router {
  return async (raw, sender) => {
    const parsed = parseRequest(raw);
    if (!parsed.ok) return { ok: false, error: `malformed request: ${parsed.error}` };
    const { request } = parsed;
    const problem = senderProblem(request.type, sender, extensionId);
    if (problem) return { ok: false, error: problem };
    try {
      const handler = handlers[request.type] as Handler<typeof request.type>;
      const data = await handler(request as never, {
        deps,
        tabId: sender.tab?.id,
        frameId: sender.frameId,
      });
      return { ok: true, data: data ?? null };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      console.warn(`[worthy] ${request.type} failed:`, e);
      return { ok: false, error: `${request.type} failed: ${message}` };
    }
  };
}
