/**
 * `score-draft`: the draft as the page shows it, plus what only the worker knows (the remembered
 * profile, recent sends as fingerprints, the user's settings, the browser's language guess),
 * through the engine. The latest verdict goes to session storage for the popup.
 */
import { parseInput, score } from '../../engine/index';
import type { HistoryEntry } from '../../engine/schema';
import { chromeMessage } from '../../shared/i18n';
import type { Request, ScoreReply } from '../../shared/messages';
import { isPaused } from '../../shared/settings';
import type { BackgroundDeps } from '../deps';
import { mergeRecipient } from '../merge';
import type { HandlerContext } from '../router';

/** The longest window any sending detector looks back over (repeated-template check). */
export const HISTORY_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
/**
 * How long a score waits for the word vectors on a cold worker. Measured in Chromium 156
 * (tests/e2e): fetch + `fromBuffers` of the 3 MB table takes 85-150 ms after a wake (up to
 * ~370 ms while the browser itself is still starting); a warm score takes 5-25 ms (engine
 * 2-50 ms). Waiting this long covers a typical wake; past it the draft is scored lexically and
 * the next keystroke gets full relevance, so typing never stalls on the load.
 */
export const VECTORS_WAIT_MS = 120;
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

export async function scoreDraft(
  req: Extract<Request, { type: 'score-draft' }>,
  { deps, tabId }: HandlerContext,
): Promise<ScoreReply> {
  const now = deps.now();
  const c = req.context;
  // Hardening (tests/hardening/worker.test.ts): a failing memory check means memory is off, not
  // that the user gets no guidance.
  const [settings, memory] = await Promise.all([
    deps.store.loadSettings(),
    deps.store.memory().catch(() => false),
  ]);
  const paused = isPaused(settings, now, c.conversationId);
  // The popup reads the tab's latest guidance from session storage (survives worker restarts).
  const remember = async (verdict: ScoreReply['verdict']) => {
    if (tabId === undefined) return;
    const recipient = { handle: c.recipient.handle, name: c.recipient.name };
    // Paused here: the user asked Worthy to look away, so the popup gets no copy of the draft.
    const draft = paused ? '' : c.draft;
    const state = { draft, recipient, verdict, paused, memory, updatedAt: now };
    // Session storage full (quota) only costs the popup its copy, never the verdict itself.
    await deps.session.update(tabId, state, now).catch((e) => {
      console.warn('[worthy] could not keep the tab state for the popup:', e);
    });
  };
  if (paused) {
    await remember(null);
    return { verdict: null, paused, gate: settings.gate, memory };
  }

  const handle = c.recipient.handle;
  const [remembered, sends, vectors, language] = await Promise.all([
    handle ? deps.store.getProfile(handle, now).catch(() => null) : Promise.resolve(null),
    deps.store.recentSends(now - HISTORY_WINDOW_MS).catch(() => []),
    deps.vectors(VECTORS_WAIT_MS).catch(() => undefined),
    languageHint(deps, c.draft),
  ]);
  const history: HistoryEntry[] = sends
    .filter((s) => s.recipient && s.fingerprint)
    .map((s) => ({ recipient: s.recipient, fingerprint: s.fingerprint, links: s.links, at: s.at }));
  const parsed = parseInput({
    draft: c.draft,
    recipient: mergeRecipient(c.recipient, remembered),
    messages: c.messages,
    history,
    settings: settings.engine,
    now,
    ...(language ? { language } : {}),
  });
  if (!parsed.ok) throw new Error(`engine input: ${parsed.error}`);
  // Messages in the browser's language via chrome.i18n; English where it has no answer.
  const verdict = score(parsed.input, {
    ...(vectors ? { vectors } : {}),
    translate: chromeMessage,
  });

  await remember(verdict);
  return { verdict, paused, gate: settings.gate, memory };
}
