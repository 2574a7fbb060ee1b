/**
 * The word vectors, loaded once per worker life from the package's prebuilt table
 * (`emb/words.bin`, 5 MB, written at build time). The table is used in place, so loading is one
 * fetch and a few typed-array views. Reading starts after the worker's first reply, once the
 * engine is evaluated (warm-up.ts): read alongside a first score, it made that score miss the send
 * gate's deadline on a busy machine. A score never waits for it (handlers/score-draft.ts); one that
 * comes first is scored without vectors and its relevance penalties cannot hold a send
 * (unmeasured.ts). The promise is a cache: losing it when Chrome stops the worker only means
 * loading again.
 */
import { WordVectors } from '../engine/relevance/word-vectors.ts';
import { within } from './within.ts';

export const TABLE_PATH = 'emb/words.bin';

export interface VectorLoad {
  ms: number;
  words: number;
}

export type Fetcher = (path: string) => Promise<Response>;

export function vectorLoader(fetchAsset: Fetcher, log: (load: VectorLoad) => void = () => {}) {
  let pending: Promise<WordVectors | undefined> | undefined;
  let ready: WordVectors | undefined;

  const start = (): Promise<WordVectors | undefined> => {
    pending ??= (async () => {
      const t0 = performance.now();
      try {
        const r = await fetchAsset(TABLE_PATH);
        if (!r.ok) throw new Error(`${r.url || TABLE_PATH}: HTTP ${r.status}`);
        ready = WordVectors.fromTable(await r.arrayBuffer());
        log({ ms: Math.round((performance.now() - t0) * 10) / 10, words: ready.size });
        return ready;
      } catch (e) {
        // Relevance falls back to word overlap; try again on the next request.
        console.warn('[worthy] word vectors unavailable:', e);
        pending = undefined;
        return undefined;
      }
    })();
    return pending;
  };

  /**
   * The vectors if ready within `capMs`, else undefined. A zero cap only looks: it starts no read,
   * which is the warm-up's to start once the reply is out.
   */
  const get = async (capMs: number): Promise<WordVectors | undefined> =>
    ready ?? (capMs > 0 ? within(start(), capMs) : undefined);

  return { start, get, ready: (): WordVectors | undefined => ready };
}
