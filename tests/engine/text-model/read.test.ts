/**
 * The text layer's one-pass reading (TextModel.read) gives what reading the full feature list
 * does (readFeatures over textFeatures): the same logit, summed in the same order, and the same
 * strongest features, also across the wrap of its per-bucket marks.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { textFeatures } from '../../../src/engine/text-model/features';
import { readFeatures, TextModel } from '../../../src/engine/text-model/model';
import { TEXT_MODEL_PATH } from '../../../src/node/load-text-model';

const TEXTS = [
  'Claim your FREE prize now at bit.ly/x !!! fr33 m0ney',
  'Hi Maya, your thread on owls at the estuary was lovely. Which scope do you use?',
  'sub 4 sub? check out my channel, link in bio',
  '味噌汁の作り方を教えてください',
  '',
  'ok',
];

describe('TextModel.read', () => {
  it('matches readFeatures over textFeatures, across the marks wrapping', async () => {
    // An instance of its own: setting the generation by hand is only sound on marks no reading
    // has stamped yet, and the loader's shared instance may have been read by another test file.
    const model = TextModel.fromBytes(await readFile(TEXT_MODEL_PATH));
    const internal = model as unknown as {
      weights: Int8Array;
      generation: number;
    };
    const slow = (t: string) =>
      readFeatures(
        textFeatures(t),
        (b) => internal.weights[b]! * model.header.scale,
        model.header.bias,
      );
    for (const start of [0, 0xfffd]) {
      internal.generation = start;
      for (let round = 0; round < 3; round++) {
        for (const t of TEXTS) expect(model.read(t)).toEqual(slow(t));
      }
    }
  });
});
