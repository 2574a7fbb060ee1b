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
  readonly draft: string;
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

export function buildAnalysis(
  input: ParsedInput,
  settings: EngineSettings,
  resources: EngineResources,
  caches: EngineCaches,
): Analysis {
  const tokens = tokenize(input.draft);
  const cache = new Map<string, unknown>();
  return {
    draft: input.draft,
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
