/**
 * The learned text layer on its own, measured the hard way: leave one corpus out (train on the
 * others, test on the one left out) and leave one YouTube video out. Each fold trains a fresh
 * model with the shipped settings; the score is the layer's log-odds.
 */

import { type SourcedExample, textExamples } from '../scripts/fit/text-data';
import { shippedTextOptions } from '../scripts/fit/text-folds';
import { trainText } from '../scripts/fit/text-logreg';
import { bucketsOf } from '../src/engine/text-model/features';
import { readFeatures } from '../src/engine/text-model/model';
import { rocAuc } from './auc';
import { loadSms, splitSms } from './spam';

export interface TextModelEval {
  leaveOneVideoOut: { video: string; auc: number; n: number }[];
  leaveOneCorpusOut: { corpus: string; auc: number; n: number; note: string }[];
}

function aucOn(
  fit: { w: Float32Array; bias: number },
  test: readonly { buckets: Uint32Array; spam: boolean }[],
) {
  const scores = test.map((t) => {
    const features = [...t.buckets].map((bucket) => ({
      bucket,
      start: 0,
      end: 0,
      kind: 'w' as const,
    }));
    return readFeatures(features, (b) => fit.w[b]!, fit.bias).logit;
  });
  return rocAuc(
    scores,
    test.map((t) => t.spam),
  );
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function evalTextModel(): TextModelEval {
  // Every fold trains as the shipped layer was trained.
  const o = shippedTextOptions();
  const all = textExamples();
  const videos = [...new Set(all.map((e) => e.source).filter((s) => s.startsWith('youtube:')))];
  const leaveOneVideoOut = videos.map((v) => {
    const test = all.filter((e) => e.source === v);
    const fit = trainText(
      all.filter((e) => e.source !== v),
      o,
    );
    return { video: v.replace('youtube:', ''), auc: r3(aucOn(fit, test)), n: test.length };
  });
  const heldOut = splitSms(loadSms().items).heldOut.map((t) => ({
    buckets: bucketsOf(t.text),
    spam: t.spam,
  }));
  const corpora: {
    corpus: string;
    without: (e: SourcedExample) => boolean;
    test: { buckets: Uint32Array; spam: boolean }[];
    note: string;
  }[] = [
    {
      corpus: 'SMS',
      without: (e) => e.source !== 'sms',
      test: heldOut,
      note: 'tested on the SMS held-out half',
    },
    {
      corpus: 'YouTube 01–03',
      without: (e) => !e.source.startsWith('youtube:'),
      test: all.filter((e) => e.source.startsWith('youtube:')),
      note: 'all three videos',
    },
    {
      corpus: 'fit DMs',
      without: (e) => e.source !== 'dm',
      test: all.filter((e) => e.source === 'dm'),
      note: 'hold vs send of the fit DMs',
    },
  ];
  const leaveOneCorpusOut = corpora.map((c) => ({
    corpus: c.corpus,
    auc: r3(aucOn(trainText(all.filter(c.without), o), c.test)),
    n: c.test.length,
    note: c.note,
  }));
  return { leaveOneVideoOut, leaveOneCorpusOut };
}

if (process.argv[1]?.endsWith('text-model.ts'))
  console.log(JSON.stringify(evalTextModel(), null, 2));
