/**
 * `suggest-opener`, asked when the card opens: a line built from what the recipient posted,
 * offered only when the engine scores it `send` for them with the same thread, history, settings
 * and set-aside reasons as the draft (engine/opener). Asked apart from `score-draft` so the send
 * gate's deadline never pays for it. The popup gets a copy through the tab's session state.
 */
import { suggestOpener } from '../../engine/opener/index';
import type { ReplyOf, RequestOf } from '../../shared/protocol';
import { isPaused } from '../../shared/settings';
import type { HandlerContext } from '../router';
import { engineInputOf } from './score-draft';

export async function suggestOpenerFor(
  req: RequestOf<'suggest-opener'>,
  { deps, tabId }: HandlerContext,
): Promise<ReplyOf<'suggest-opener'>> {
  const now = deps.now();
  const c = req.context;
  const settingsRead = deps.store.loadSettings();
  const inputRead = engineInputOf(c, deps, now, settingsRead);
  inputRead.catch(() => undefined); // awaited below unless paused
  if (isPaused(await settingsRead, now, c.conversationId)) return null;
  const { input, engine } = await inputRead;
  const verdict = engine.score(input);
  // A draft worth sending needs no fix.
  const opener = verdict.verdict === 'send' ? null : suggestOpener(engine, input, verdict);
  if (tabId !== undefined) {
    deps.session.update(tabId, { opener: opener && { ...opener, draft: c.draft } }).catch(() => {});
  }
  return opener;
}
