/**
 * The golden set of detector hits, over every text (the unit test checks a spread subset).
 *   npm run golden             check every text against tests/engine/golden/hits.json
 *   npm run golden -- --write  record the current hits (only for an intended change of hits)
 */
import { loadResources } from '../src/node/load-resources';
import { dataPresent, loadCorpora } from './golden/corpora';
import { compareGolden, makeGolden, readGolden, writeGolden } from './golden/golden';

if (!dataPresent()) {
  console.error('No ../shared/data beside the repository: the golden set cannot be checked.');
  process.exit(2);
}
const t0 = performance.now();
const corpora = loadCorpora();
const resources = await loadResources();
const texts = corpora.reduce((n, c) => n + c.inputs.length, 0);
if (process.argv.includes('--write')) {
  writeGolden(makeGolden(corpora, resources));
  console.log(`golden set written: ${texts} texts in ${corpora.length} corpora`);
} else {
  const r = compareGolden(readGolden(), corpora, resources);
  for (const p of r.problems) console.error(p);
  for (const m of r.mismatches.slice(0, 20)) console.error(`${m.corpus}#${m.index}: ${m.record}`);
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `golden set: ${r.checked} texts checked, ${r.mismatches.length} differ, ${r.problems.length} problems (${s} s)`,
  );
  if (r.mismatches.length || r.problems.length) process.exit(1);
}
