/**
 * Spam judgment on comments and texts the fit never read: for each YouTube video (and for the SMS
 * corpus), the learned text layer and the weights are refitted without it with the shipped
 * procedure (scripts/fit/weights.ts), and the refitted engine's spam axis is ranked on it. The
 * learned layer alone is reported beside it (eval/text-model.ts).
 */

import { textExamples } from '../scripts/fit/text-data';
import { shippedTextOptions } from '../scripts/fit/text-folds';
import { languagesOf, quantise, trainText } from '../scripts/fit/text-logreg';
import { fitData, fitWeights, toModelData } from '../scripts/fit/weights';
import { createEngine, engineInputSchema } from '../src/engine/index';
import { MODEL } from '../src/engine/model/index';
import { TextModel } from '../src/engine/text-model/model';
import { loadVectors } from '../src/node/load-vectors';
import { rocAuc } from './auc';
import { loadYoutube } from './data';
import { loadSms, splitSms } from './spam';

export interface LeaveOutResult {
  corpus: string;
  n: number;
  /** The whole engine's spam axis, refitted without the corpus. */
  auc: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export async function refitWithout(source: (s: string) => boolean) {
  const vectors = await loadVectors();
  const keep = (s: string) => !source(s);
  const examples = textExamples().filter((e) => keep(e.source));
  const o = shippedTextOptions();
  const textModel = TextModel.fromBytes(
    quantise(trainText(examples, o), languagesOf(examples), 'leave-one-out'),
  );
  const lambda = (MODEL as { cv?: { lambda: number } }).cv?.lambda ?? 0.008;
  const model = toModelData(fitWeights(fitData({ vectors }, keep), lambda), 'leave-one-out');
  return createEngine({ vectors, textModel }, model);
}

function auc(
  engine: ReturnType<typeof createEngine>,
  items: readonly { text: string; spam: boolean }[],
) {
  const scores = items.map((t) => engine.score(engineInputSchema.parse({ draft: t.text })).spam);
  return rocAuc(
    scores,
    items.map((t) => t.spam),
  );
}

export async function evalLeaveOut(): Promise<LeaveOutResult[]> {
  const out: LeaveOutResult[] = [];
  for (const v of loadYoutube()) {
    const engine = await refitWithout((s) => s === `youtube:${v.video}`);
    out.push({ corpus: v.video, n: v.items.length, auc: r3(auc(engine, v.items)) });
  }
  const heldOut = splitSms(loadSms().items).heldOut;
  const noSms = await refitWithout((s) => s === 'sms');
  out.push({ corpus: 'SMS (held-out half)', n: heldOut.length, auc: r3(auc(noSms, heldOut)) });
  const videos = loadYoutube();
  const noYoutube = await refitWithout((s) => s.startsWith('youtube:'));
  out.push({
    corpus: 'YouTube 01–03',
    n: videos.reduce((n, v) => n + v.items.length, 0),
    auc: r3(
      auc(
        noYoutube,
        videos.flatMap((v) => v.items),
      ),
    ),
  });
  return out;
}

if (process.argv[1]?.endsWith('leave-out.ts'))
  console.log(JSON.stringify(await evalLeaveOut(), null, 2));
