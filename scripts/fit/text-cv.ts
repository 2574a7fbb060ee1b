/**
 * Chooses the text layer's regularisation by grouped cross-validation on the fit data: each
 * YouTube video held out in turn (a new video is a new crowd of spammers) and the fit DMs held
 * out five folds at a time (with everything else still trained on). The criterion is the mean
 * ROC AUC over those four groups; the SMS held-out half, the dm-labelled test split and the
 * frozen cases are never read.
 */
import { rocAuc } from '../../eval/auc';
import { LEARNED_LOGIT_FLOOR } from '../../src/engine/signals/spam/learned';
import { readFeatures } from '../../src/engine/text-model/model';
import type { SourcedExample } from './text-data';
import { type TextFitOptions, trainText } from './text-logreg';

export const LAMBDAS = [1e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2] as const;
const DM_FOLDS = 5;

export interface TextCvRow {
  lambda: number;
  /** AUC per held-out group: each video, then the fit DMs. */
  groups: Record<string, number>;
  mean: number;
}

/**
 * The layer as the engine uses it: its signal is quiet at or below `LEARNED_LOGIT_FLOOR`, so a
 * held-out text the layer does not push past the floor ranks with every other quiet text.
 */
function reading(fit: { w: Float32Array; bias: number }, buckets: Uint32Array): number {
  const features = [...buckets].map((bucket) => ({ bucket, start: 0, end: 0, kind: 'w' as const }));
  return Math.max(LEARNED_LOGIT_FLOOR, readFeatures(features, (b) => fit.w[b]!, fit.bias).logit);
}

function heldOutAuc(
  all: readonly SourcedExample[],
  folds: readonly (readonly SourcedExample[])[],
  o: TextFitOptions,
): number {
  const scores: number[] = [];
  const labels: boolean[] = [];
  for (const test of folds) {
    const out = new Set(test);
    const fit = trainText(
      all.filter((e) => !out.has(e)),
      o,
    );
    for (const t of test) {
      scores.push(reading(fit, t.buckets));
      labels.push(t.spam);
    }
  }
  return rocAuc(scores, labels);
}

export function textCv(all: readonly SourcedExample[], lambdas = LAMBDAS): TextCvRow[] {
  const videos = [...new Set(all.map((e) => e.source).filter((s) => s.startsWith('youtube:')))];
  const dms = all.filter((e) => e.source === 'dm');
  const dmFolds = Array.from({ length: DM_FOLDS }, (_, f) =>
    dms.filter((_, i) => i % DM_FOLDS === f),
  );
  return lambdas.map((lambda) => {
    const groups: Record<string, number> = {};
    for (const v of videos)
      groups[v] = heldOutAuc(all, [all.filter((e) => e.source === v)], { lambda });
    groups.dm = heldOutAuc(all, dmFolds, { lambda });
    const values = Object.values(groups);
    return { lambda, groups, mean: values.reduce((s, x) => s + x, 0) / values.length };
  });
}

export function bestLambda(rows: readonly TextCvRow[]): number {
  return [...rows].sort((a, b) => b.mean - a.mean)[0]!.lambda;
}
