/**
 * `npx tsx scripts/fit-text-model.ts`: trains the learned text layer and writes
 * public/model/text.bin (about 130 KB). Fitted on the SMS Spam Collection's tuning half, YouTube
 * videos 01–03 and the fit DMs (see scripts/fit/text-data.ts); the SMS held-out half, the
 * dm-labelled test split and eval/cases/test.jsonl are never read. Run it before
 * scripts/fit-weights.ts, which fits the points of the layer's signal.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireData } from '../eval/data';
import { bestLambda, textCv } from './fit/text-cv';
import { textExamples } from './fit/text-data';
import { languagesOf, quantise, trainText } from './fit/text-logreg';

const OUT = fileURLToPath(new URL('../public/model/text.bin', import.meta.url));

requireData();
const examples = textExamples();
const counts = new Map<string, number>();
for (const e of examples) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
const languages = languagesOf(examples);
const cv = textCv(examples);
for (const r of cv) {
  const groups = Object.entries(r.groups)
    .map(([g, auc]) => `${g.replace('youtube:', '')} ${auc.toFixed(3)}`)
    .join(', ');
  console.log(`L2 ${r.lambda}: mean held-out AUC ${r.mean.toFixed(3)} (${groups})`);
}
const lambda = bestLambda(cv);
const trainedOn = `${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')}; logistic regression over hashed word 1–2-grams and character 3–4-grams, AdaGrad, 12 epochs, L2 ${lambda} (grouped CV: each video held out, fit DMs 5-fold)`;
writeFileSync(OUT, quantise(trainText(examples, { lambda }), languages, trainedOn, lambda));
console.log(`wrote ${OUT}: languages ${languages.join(', ')}; ${trainedOn}`);
