/**
 * The shared, read-only view of one scoring request that every detector receives. Expensive
 * derived data (links, folded text, interests) is computed once on first use through `memo`.
 */
import type { EngineCaches } from './caches';
import { detectContext } from './context';
import { type Translate, translator } from './i18n';
import type { EngineResources } from './resources';
import type { EngineSettings, ParsedInput, Recipient } from './schema';
import { guessLanguage, type LanguageGuess } from './text/language';
import { type Token, tokenize } from './text/tokenize';
import type { ConversationContext } from './types';

export interface Analysis {
  /** The draft as judged: its first JUDGED_CHARS characters (evidence offsets are the same). */
  readonly draft: string;
  /** The length of the whole draft as written. */
  readonly wholeLength: number;
  readonly tokens: readonly Token[];
  readonly language: LanguageGuess;
  readonly context: ConversationContext;
  readonly recipient: Recipient;
  readonly input: ParsedInput;
  readonly settings: EngineSettings;
  /** Epoch ms the draft is judged at (pace windows are relative to it). */
  readonly now: number;
  readonly resources: EngineResources;
  /** The engine instance's caches (see caches.ts): never a source of truth, only of speed. */
  readonly caches: EngineCaches;
  /** The message catalog: every sentence a detector writes for people goes through it. */
  readonly t: Translate;
  /** Compute `key` once per analysis and share it between detectors. */
  memo<T>(key: string, make: () => T): T;
}

/**
 * How much of a draft is judged: X caps a DM at 10,000 characters, so a longer paste cannot go
 * out as it is; judging its opening keeps every check's cost bounded whatever was pasted (the
 * length itself is still reported, from the whole draft).
 */
export const JUDGED_CHARS = 12_000;
/**
 * How much of the thread is read: its opening (who wrote first and about what decides the kind
 * of thread, context.ts) and its latest messages, each up to this many characters.
 */
export const THREAD_MESSAGES = 50;
export const THREAD_OPENING = 3;
export const MESSAGE_CHARS = 4_000;

/** The input as the detectors read it: the draft's opening and the thread's latest messages. */
function bounded(input: ParsedInput): ParsedInput {
  const messages = input.messages;
  const long =
    input.draft.length > JUDGED_CHARS ||
    (messages !== undefined &&
      (messages.length > THREAD_MESSAGES || messages.some((m) => m.text.length > MESSAGE_CHARS)));
  if (!long) return input;
  const out: ParsedInput = { ...input, draft: cut(input.draft, JUDGED_CHARS) };
  if (messages) {
    const kept =
      messages.length > THREAD_MESSAGES
        ? [
            ...messages.slice(0, THREAD_OPENING),
            ...messages.slice(-(THREAD_MESSAGES - THREAD_OPENING)),
          ]
        : messages;
    out.messages = kept.map((m) =>
      m.text.length > MESSAGE_CHARS ? { ...m, text: cut(m.text, MESSAGE_CHARS) } : m,
    );
  }
  return out;
}

/** The first `n` UTF-16 units, without splitting a surrogate pair. */
function cut(text: string, n: number): string {
  if (text.length <= n) return text;
  const end = /[\uD800-\uDBFF]/.test(text[n - 1]!) ? n - 1 : n;
  return text.slice(0, end);
}

export function buildAnalysis(
  whole: ParsedInput,
  settings: EngineSettings,
  resources: EngineResources,
  caches: EngineCaches,
): Analysis {
  const input = bounded(whole);
  const tokens = tokenize(input.draft);
  const cache = new Map<string, unknown>();
  return {
    draft: input.draft,
    wholeLength: whole.draft.length,
    tokens,
    language: guessLanguage(tokens, input.language),
    context: detectContext(input.messages),
    recipient: input.recipient ?? {},
    input,
    settings,
    now: input.now ?? Date.now(),
    resources,
    caches,
    t: translator(resources.translate),
    memo<T>(key: string, make: () => T): T {
      if (!cache.has(key)) cache.set(key, make());
      return cache.get(key) as T;
    },
  };
}
