/**
 * `npm run eval`: measures Worthy's judgment on labelled data nobody on the team wrote. The public
 * data lives in ../shared/data (never copied into the repository); without it this says so and
 * stops.
 *
 *   npm run eval               dm-labelled test split, SMS spam, TweetTopicXL relevance
 *   npm run eval -- --frozen   also Worthy's own frozen test cases (eval/cases/test.jsonl)
 *   npm run eval -- --json     the full results as JSON
 *
 * What was fitted on what: src/engine/model/weights.json says it (its `fittedOn`); none of the
 * figures below is on data the fit read.
 */

import { MODEL } from '../src/engine/model/index';
import { loadDmLabelled, loadWorthyCases, requireData } from './data';
import { evalDms, printDms } from './dm';
import { evalRelevance } from './relevance';
import { evalSpam } from './spam';

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

if (json) {
  console.log(JSON.stringify({ model: MODEL.fittedOn, dm, own, spam, relevance: rel }, null, 2));
} else {
  console.log(`Model: ${MODEL.fittedOn}`);
  printDms(dm);
  if (own) printDms(own);
  else console.log('\nWorthy cases, frozen test part: not read (run with --frozen).');
  console.log(`\nSpam, ${spam.source}: ${spam.n.ham} ham / ${spam.n.spam} spam`);
  console.log(
    `  ROC AUC ${fmt(spam.auc)}   (baseline "${spam.baseline.name}" ${fmt(spam.baseline.auc)}; tuning half ${fmt(spam.extra.tuningHalf.auc)})`,
  );
  console.log(`\nRelevance, ${rel.source}: ${rel.profiles} held-out profiles`);
  console.log(
    `  ROC AUC ${fmt(rel.auc)}, precision@1 ${fmt(rel.precisionAt1)}   (baseline ${rel.baseline.name} ${fmt(rel.baseline.auc)}; goal 0.85)`,
  );
}
