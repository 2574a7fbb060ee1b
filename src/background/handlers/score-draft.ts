/**
 * `score-draft`: the draft as the page shows it, plus what only the worker knows (the remembered
 * profile, the candidate history and send counts, the user's settings, the browser's language
 * guess), through the engine. The latest verdict goes to session storage for the popup.
 *
 * The gate may be waiting on this reply with a short deadline, possibly on a worker that was
 * asleep: every read starts at once so their waits overlap, history costs a fixed number of
 * indexed reads (store/candidates.ts), and the popup's copy is written after the reply.
 */
import { createEngine, type Engine, type ParsedInput, parseInput } from '../../engine/index';
import type { WordVectors } from '../../engine/relevance/word-vectors';
import { fingerprint, linkHashes } from '../../engine/text/fingerprint';
import type { TextModel } from '../../engine/text-model/model';
import { dismissedAt } from '../../shared/dismissals';
import { chromeMessage } from '../../shared/i18n';
import type { DraftContext, ScoreReply } from '../../shared/messages';
import type { RequestOf } from '../../shared/protocol';
import { isPaused, type Settings } from '../../shared/settings';
import type { BackgroundDeps } from '../deps';
import { mergeRecipient } from '../merge';
import type { HandlerContext } from '../router';
import { EMPTY_HISTORY } from '../store/candidates';
import { accountKey } from '../store/records';
import { recipientKeyOf } from '../store/sends';
import { verdictWithoutRelevance } from '../unmeasured';

/**
 * How long a score waits for the learned text layer. Its fetch starts before a scoring request
 * is routed (background/warm-up.ts) and it is used in place (no parsing), so even the first score
 * after a cold start rarely waits; the cap only matters when the package read is slow.
 */
export const TEXT_MODEL_WAIT_MS = 100;
/** chrome.i18n's detector is unreliable below this (CLD3). */
const LANGUAGE_MIN_BYTES = 50;

export async function languageHint(
  deps: BackgroundDeps,
  draft: string,
): Promise<string | undefined> {
  if (!deps.detectLanguage || new TextEncoder().encode(draft).length < LANGUAGE_MIN_BYTES) {
    return undefined;
  }
  try {
    const r = await deps.detectLanguage(draft);
    return r?.reliable && r.code && r.code !== 'und' ? r.code : undefined;
  } catch {
    return undefined; // Optional: the engine guesses the language itself.
  }
}

/**
 * One engine per set of resources, kept while the worker lives: it caches the recipient's parsed
 * profile between keystrokes. A worker restart only costs rebuilding it.
 */
let kept: { vectors?: WordVectors; textModel?: TextModel; engine: Engine } | null = null;

function engineWith(vectors: WordVectors | undefined, textModel: TextModel | undefined): Engine {
  if (kept && kept.vectors === vectors && kept.textModel === textModel) return kept.engine;
  const engine = createEngine({
    ...(vectors ? { vectors } : {}),
    ...(textModel ? { textModel } : {}),
    translate: chromeMessage,
  });
  kept = { engine };
  if (vectors) kept.vectors = vectors;
  if (textModel) kept.textModel = textModel;
  return engine;
}

export async function scoreDraft(
  req: RequestOf<'score-draft'>,
  { deps, tabId }: HandlerContext,
): Promise<ScoreReply> {
  const now = deps.now();
  const c = req.context;
  // Everything starts now; only the history query waits, for the remembered name.
  const settingsRead = deps.store.loadSettings();
  // Hardening (tests/hardening/worker.test.ts): a failing memory check means memory is off, not
  // that the user gets no guidance.
  const memoryRead = deps.store.memory().catch(() => false);
  const inputRead = engineInputOf(c, deps, now, settingsRead);
  // Awaited below unless paused; a failure then is the reply's, never an unhandled rejection.
  inputRead.catch(() => undefined);

  const [settings, memory] = await Promise.all([settingsRead, memoryRead]);
  const paused = isPaused(settings, now, c.conversationId);
  // The popup reads the tab's latest guidance from session storage (survives worker restarts).
  // Written after the reply: the gate must not wait for the popup's copy.
  const remember = (verdict: ScoreReply['verdict']) => {
    if (tabId === undefined) return;
    const recipient = { handle: c.recipient.handle, name: c.recipient.name };
    // Paused here: the user asked Worthy to look away, so the popup gets no copy of the draft.
    const draft = paused ? '' : c.draft;
    const conversationId = c.conversationId;
    const state = { draft, recipient, conversationId, verdict, paused, memory, updatedAt: now };
    // Session storage full (quota) only costs the popup its copy, never the verdict itself.
    deps.session.update(tabId, state, now).catch((e) => {
      console.warn('[worthy] could not keep the tab state for the popup:', e);
    });
  };
  if (paused) {
    remember(null);
    return { verdict: null, paused, gate: settings.gate, memory };
  }

  const { input, engine, measured } = await inputRead;
  // Messages in the browser's language via chrome.i18n; English where it has no answer.
  const verdict = engine.score(input);
  remember(verdict);
  const reply: ScoreReply = { verdict, paused, gate: settings.gate, memory };
  if (!measured) {
    // Relevance it could not measure never holds a draft (see `verdictWithoutRelevance`).
    const gateVerdict = verdictWithoutRelevance(verdict, settings.engine);
    if (gateVerdict !== verdict.verdict) reply.gateVerdict = gateVerdict;
  }
  return reply;
}

/**
 * The engine input for a draft as the page shows it, with what only the worker knows: the
 * remembered profile, the candidate history and send counts, the settings (and the reasons set
 * aside here), the browser's language guess. Every read starts at once.
 */
export async function engineInputOf(
  c: DraftContext,
  deps: BackgroundDeps,
  now: number,
  settingsRead: Promise<Settings>,
): Promise<{ input: ParsedInput; engine: Engine; measured: boolean }> {
  const handle = c.recipient.handle;
  const rememberedRead = handle
    ? deps.store.getProfile(handle, now).catch(() => null)
    : Promise.resolve(null);
  const recipientRead = rememberedRead.then((r) => mergeRecipient(c.recipient, r));
  const historyRead = recipientRead.then((recipient) =>
    deps.store
      .sendHistory({
        account: accountKey(c.account),
        recipient: recipientKeyOf(recipient.handle, c.conversationId),
        // The names the engine neutralises in the draft (`signatureOf`), so the band keys match.
        fingerprint: fingerprint(c.draft, { names: [recipient.name, recipient.handle] }),
        links: linkHashes(c.draft),
        now,
      })
      .catch(() => EMPTY_HISTORY),
  );
  const textModelRead = deps.textModel?.(TEXT_MODEL_WAIT_MS).catch(() => undefined);
  const languageRead = languageHint(deps, c.draft);

  const [settings, recipient, past, textModel, language] = await Promise.all([
    settingsRead,
    recipientRead,
    historyRead,
    textModelRead,
    languageRead,
  ]);
  // Never waited for: read after the worker's first reply (a table used in place, in memory
  // within milliseconds of that), and a score that comes first goes ahead without them
  // (`measured` is then false).
  const vectors = await deps.vectors(0).catch(() => undefined);
  const place = { conversationId: c.conversationId, handle: recipient.handle ?? handle };
  const dismissed = dismissedAt(settings.dismissals, place);
  const parsed = parseInput({
    draft: c.draft,
    recipient,
    messages: c.messages,
    history: past.history,
    sendStats: past.stats,
    settings: settings.engine,
    now,
    ...(language ? { language } : {}),
    ...(dismissed.length ? { dismissed } : {}),
  });
  if (!parsed.ok) throw new Error(`engine input: ${parsed.error}`);
  return { input: parsed.input, engine: engineWith(vectors, textModel), measured: !!vectors };
}
