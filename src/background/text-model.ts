/**
 * The learned text layer (public/model/text.bin, 130 KB), fetched once per worker life: by the
 * first request that scores, before it is routed, or after the worker's first reply (warm-up.ts).
 * Reading it costs nothing: the weights are used in place, so it is ready a few milliseconds after
 * the fetch starts. A score that arrives first waits for it up to a short cap, then goes ahead
 * without the layer's signal, as it does without the vectors.
 *
 * The reader is imported when the bytes arrive, not with the worker: it brings the engine's text
 * folding (the `confusables` table, linkify), which a wake that scores nothing need not evaluate.
 */
import type { TextModel } from '../engine/text-model/model';
import type { Fetcher } from './vectors';
import { within } from './within';

export const TEXT_MODEL_PATH = 'model/text.bin';

export function textModelLoader(fetchAsset: Fetcher) {
  let ready: TextModel | undefined;
  let pending: Promise<TextModel | undefined> | undefined;
  const start = (): Promise<TextModel | undefined> => {
    pending ??= fetchAsset(TEXT_MODEL_PATH)
      .then((r) => {
        if (!r.ok) throw new Error(`${TEXT_MODEL_PATH}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then(async (b) => {
        const { TextModel } = await import('../engine/text-model/model');
        ready = TextModel.fromBytes(new Uint8Array(b));
        return ready;
      })
      .catch((e: unknown) => {
        console.warn('[worthy] learned text layer unavailable:', e);
        pending = undefined;
        return undefined;
      });
    return pending;
  };
  return {
    start,
    /** The layer if it arrives within `capMs`, else undefined. */
    get: async (capMs: number): Promise<TextModel | undefined> => ready ?? within(start(), capMs),
  };
}
