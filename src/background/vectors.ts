/**
 * The word vectors, loaded once per worker life (fetch from the package; service workers cannot
 * `import()`). Started when the worker starts; a score that arrives before they are ready waits
 * at most a short cap and then goes ahead without them. The promise is a cache: losing it when
 * Chrome stops the worker only means loading again on the next start.
 */
import { WordVectors } from '../engine/relevance/word-vectors';
import { within } from './within';

export const VOCAB_PATH = 'emb/vocab.txt';
export const VECTORS_PATH = 'emb/vectors.i8';

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
        const [vocab, bytes] = await Promise.all([
          fetchAsset(VOCAB_PATH)
            .then(ok)
            .then((r) => r.text()),
          fetchAsset(VECTORS_PATH)
            .then(ok)
            .then((r) => r.arrayBuffer()),
        ]);
        ready = WordVectors.fromBuffers(vocab, bytes);
        log({ ms: Math.round(performance.now() - t0), words: ready.size });
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

  /** The vectors if ready within `capMs`, else undefined. */
  const get = async (capMs: number): Promise<WordVectors | undefined> =>
    ready ?? within(start(), capMs);

  /** True once loading has started (or finished). */
  const started = (): boolean => pending !== undefined || ready !== undefined;

  return { start, get, started };
}

function ok(r: Response): Response {
  if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
  return r;
}
