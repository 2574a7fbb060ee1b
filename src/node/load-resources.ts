/**
 * Everything the engine can use in Node, loaded once per process: the word vectors and the
 * learned text layer, exactly as the extension ships them.
 */
import type { EngineResources } from '../engine/resources';
import { loadTextModel } from './load-text-model';
import { loadVectors } from './load-vectors';

export async function loadResources(): Promise<EngineResources> {
  const [vectors, textModel] = await Promise.all([loadVectors(), loadTextModel()]);
  return { vectors, textModel };
}
