/**
 * One text's detector hits as a canonical line: each hit's signal id, value (to 1e-9) and
 * evidence ranges in the order the engine emits them, then the checks skipped. Messages are left
 * out on purpose: the golden set guards what the fitted weights read, not the wording.
 */
import { createHash } from 'node:crypto';
import type { Analysed, ParsedInput } from '../../src/engine/index';

export function recordOf({ hits, skipped }: Pick<Analysed, 'hits' | 'skipped'>): string {
  const h = hits.map((x) => [
    x.id,
    Math.round(x.value * 1e9) / 1e9 || 0,
    x.evidence.map((e) => [e.start, e.end]),
  ]);
  return JSON.stringify({ h, s: skipped.map((x) => x.id) });
}

/** A short hash: enough to tell one text's record changed, small enough to keep per text. */
export function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 10);
}

/** The hash of a corpus's inputs, so a changed data file is told apart from changed hits. */
export function inputsHash(inputs: readonly ParsedInput[]): string {
  const h = createHash('sha256');
  for (const i of inputs) h.update(`${JSON.stringify(i)}\n`);
  return h.digest('hex').slice(0, 16);
}
