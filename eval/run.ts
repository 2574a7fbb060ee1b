/**
 * `npm run eval`: measures Worthy's judgment on labelled data nobody on the team wrote. The public
 * data lives in ../shared/data (never copied into the repository); without it this says so and
 * stops.
 *
 *   npm run eval               dm-labelled test split (overall, per context, per language),
 *                              SMS spam, TweetTopicXL relevance, and leave-one-out spam figures
 *                              (each YouTube video and each corpus held out of the fit)
 *   npm run eval -- --frozen   also Worthy's own frozen test cases (eval/cases/test.jsonl)
 *   npm run eval -- --json     the full results as JSON
 *
 * What was fitted on what: src/engine/model/weights.json says it (its `fittedOn`); none of the
 * figures below is on data the fit read.
 */

import { MODEL } from '../src/engine/model/index';
import { loadDmLabelled, loadWorthyCases, requireData } from './data';
import { evalDms, printDms } from './dm';
import { evalLeaveOut } from './leave-out';
import { evalRelevance } from './relevance';
import { evalSpam } from './spam';
import { evalTextModel } from './text-model';

requireData();
const json = process.argv.includes('--json');
const frozen = process.argv.includes('--frozen');

const fmt = (x: number) => x.toFixed(3);
const dm = await evalDms(
  loadDmLabelled().filter((c) => c.split === 'test'),
  'dm-labelled test split (../shared/data/dm-labelled, CC0, written independently of the engine)',
);
const own = frozen
  ? await evalDms(loadWorthyCases('test'), 'Worthy cases, frozen test part (eval/cases/test.jsonl)')
  : null;
const spam = await evalSpam();
const rel = await evalRelevance();
const textLayer = evalTextModel();
const leaveOut = await evalLeaveOut();

if (json) {
  console.log(
    JSON.stringify(
      { model: MODEL.fittedOn, dm, own, spam, relevance: rel, textLayer, leaveOut },
      null,
      2,
    ),
  );
} else {
  console.log(`Model: ${MODEL.fittedOn}`);
  printDms(dm);
  if (own) printDms(own);
  else console.log('\nWorthy cases, frozen test part: not read (run with --frozen).');
  console.log(`\nSpam, ${spam.source}: ${spam.n.ham} ham / ${spam.n.spam} spam`);
  console.log(
    `  ROC AUC ${fmt(spam.auc)}   (baseline "${spam.baseline.name}" ${fmt(spam.baseline.auc)}; tuning half ${fmt(spam.extra.tuningHalf.auc)}; rules and weights without the text layer ${fmt(spam.extra.heldOutWithoutTextLayer.auc)})`,
  );
  console.log(`\nRelevance, ${rel.source}: ${rel.profiles} held-out profiles`);
  console.log(
    `  ROC AUC ${fmt(rel.auc)}, precision@1 ${fmt(rel.precisionAt1)}   (baseline ${rel.baseline.name} ${fmt(rel.baseline.auc)}; goal 0.85)`,
  );
  console.log(
    '\nSpam, leave one out: the text layer and the weights refitted without the corpus, the whole engine ranked on it (goal ≥ 0.93 per video)',
  );
  for (const r of leaveOut) console.log(`  ${r.corpus.padEnd(22)} n=${r.n}  ROC AUC ${fmt(r.auc)}`);
  console.log('  the learned text layer alone, trained without the corpus:');
  for (const r of textLayer.leaveOneVideoOut)
    console.log(`    ${r.video.padEnd(20)} n=${r.n}  ROC AUC ${fmt(r.auc)}`);
  for (const r of textLayer.leaveOneCorpusOut)
    console.log(`    ${r.corpus.padEnd(20)} n=${r.n}  ROC AUC ${fmt(r.auc)}   (${r.note})`);
}
