/**
 * `npm run eval`: measures Worthy's judgment on public labelled data nobody on the team wrote.
 * The data lives in ../shared/data (never copied into the repository); without it this says so
 * and stops.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evalRelevance } from './relevance';
import { evalSpam } from './spam';

const dataDir = fileURLToPath(new URL('../../shared/data/', import.meta.url));
if (!existsSync(dataDir)) {
  console.error(`No labelled data at ${dataDir}: the eval needs ../shared/data beside the repo.`);
  process.exit(2);
}

const fmt = (x: number) => x.toFixed(3);
const spam = await evalSpam();
const rel = await evalRelevance();
console.log(JSON.stringify({ spam, relevance: rel }, null, 2));
console.log('\nSummary');
console.log(`  spam      ROC AUC ${fmt(spam.auc)}  (${spam.source})`);
console.log(
  `  relevance ROC AUC ${fmt(rel.auc)}  P@1 ${fmt(rel.precisionAt1)}  baseline ${rel.baseline.name} ${fmt(rel.baseline.auc)}  (${rel.source})`,
);
