/**
 * Data the engine can use but does not load itself: loading is the host's job (fs in Node,
 * fetch in the service worker), so the engine stays free of I/O and runs anywhere.
 */
import type { WordVectors } from './relevance/word-vectors';
import type { TextModel } from './text-model/model';

export interface EngineResources {
  /** Static word embeddings; without them relevance falls back to word overlap only. */
  vectors?: WordVectors;
  /** The learned text layer (public/model/text.bin); without it the layer's signal is silent. */
  textModel?: TextModel;
  /**
   * The user's language for the engine's messages, e.g. `chrome.i18n.getMessage` in the service
   * worker: given a catalog key and substitutions, the text, or '' / undefined when it has none
   * (then the bundled English catalog answers). See `i18n.ts`.
   */
  translate?: (key: string, subs?: string[]) => string | undefined;
}
