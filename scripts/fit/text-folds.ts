/**
 * Out-of-fold text layers for the weight fit (stacking): the points of `learned-spam` must be
 * fitted on how the layer reads texts it did not learn from, or they would trust it too much. Each
 * training example falls in one of K folds by a hash of its key; fold k's engine carries a layer
 * trained without fold k.
 */

import { readFileSync } from 'node:fs';
import { createEngine, type Engine, type EngineResources } from '../../src/engine/index';
import { TextModel } from '../../src/engine/text-model/model';
import { TEXT_MODEL_PATH } from '../../src/node/load-text-model';
import type { EngineFor } from './features';
import { type SourcedExample, textExamples } from './text-data';
import { languagesOf, quantise, type TextFitOptions, trainText } from './text-logreg';

export const TEXT_FOLDS = 5;

/**
 * How the shipped layer was trained (the L2 its header records, chosen by scripts/fit/text-cv.ts),
 * so out-of-fold and leave-one-out layers train alike. Run scripts/fit-text-model.ts first.
 */
export function shippedTextOptions(): TextFitOptions {
  const bytes = readFileSync(TEXT_MODEL_PATH);
  const { lambda } = TextModel.fromBytes(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  ).header;
  return lambda !== undefined ? { lambda } : {};
}

/** The fold of a training key: `dm-001`, `w-042`, `sms:17`, `youtube:Youtube01-Psy:3`. */
export function foldOf(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % TEXT_FOLDS;
}

function keyOf(e: SourcedExample, i: number): string {
  return e.id ?? `${e.source}:${i}`;
}

export function outOfFoldEngines(
  resources: EngineResources,
  keep: (source: string) => boolean = () => true,
): EngineFor {
  const all = textExamples().filter((e) => keep(e.source));
  // Keys numbered within each source, the way dmRows and textRows name their rows.
  const counters = new Map<string, number>();
  const keyed = all.map((e) => {
    if (e.id) return { e, key: e.id };
    const n = counters.get(e.source) ?? 0;
    counters.set(e.source, n + 1);
    return { e, key: keyOf(e, n) };
  });
  const engines: Engine[] = [];
  const options = shippedTextOptions();
  for (let k = 0; k < TEXT_FOLDS; k++) {
    const train = keyed.filter((x) => foldOf(x.key) !== k).map((x) => x.e);
    const bytes = quantise(trainText(train, options), languagesOf(train), `fold ${k}`);
    engines.push(createEngine({ ...resources, textModel: TextModel.fromBytes(bytes) }));
  }
  return (key) => engines[foldOf(key)]!;
}
