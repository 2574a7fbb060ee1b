/**
 * Data the engine can use but does not load itself: loading is the host's job (fs in Node,
 * fetch in the service worker), so the engine stays free of I/O and runs anywhere.
 */
import type { WordVectors } from './relevance/word-vectors';

export interface EngineResources {
  /** Static word embeddings; without them relevance falls back to word overlap only. */
  vectors?: WordVectors;
}
