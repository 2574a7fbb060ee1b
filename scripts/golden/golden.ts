/**
 * The golden set of detector hits (tests/engine/golden/hits.json): per corpus, a short hash of
 * every text's record (record.ts). The engine may be rewritten for speed only while every record
 * stays identical, so the fitted weights keep reading the features they were fitted on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../src/engine/index';
import type { EngineResources } from '../../src/engine/resources';
import type { Corpus } from './corpora';
import { inputsHash, recordOf, shortHash } from './record';

export const GOLDEN_PATH = fileURLToPath(
  new URL('../../tests/engine/golden/hits.json', import.meta.url),
);

export interface GoldenCorpus {
  name: string;
  count: number;
  /** Hash of the inputs: when it differs, the data changed, not the engine. */
  inputs: string;
  /** One short record hash per text, space-separated, in corpus order. */
  records: string;
}

export interface Golden {
  about: string;
  corpora: GoldenCorpus[];
  /** How many texts each signal fired on: a readable summary for review, not compared. */
  signals: Record<string, number>;
}

export function readGolden(): Golden {
  return JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as Golden;
}

export function makeGolden(corpora: readonly Corpus[], resources: EngineResources): Golden {
  const engine = createEngine(resources);
  const signals: Record<string, number> = {};
  const out: GoldenCorpus[] = corpora.map((c) => {
    const records = c.inputs.map((input) => {
      const analysed = engine.analyse(input);
      for (const id of new Set(analysed.hits.map((h) => h.id)))
        signals[id] = (signals[id] ?? 0) + 1;
      return shortHash(recordOf(analysed));
    });
    return {
      name: c.name,
      count: c.inputs.length,
      inputs: inputsHash(c.inputs),
      records: records.join(' '),
    };
  });
  const sorted = Object.fromEntries(Object.entries(signals).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    about:
      'Detector hits on ../shared/data and eval/cases/fit.jsonl, one hash per text (scripts/golden). Regenerate only for an intended change of hits: npm run golden -- --write',
    corpora: out,
    signals: sorted,
  };
}

export interface Mismatch {
  corpus: string;
  index: number;
  /** The record as the engine now gives it (the golden file keeps only its hash). */
  record: string;
}

/**
 * Texts whose record differs from the golden set; `stride` checks every stride-th text of each
 * corpus (a deterministic subset spread over every corpus), 1 checks them all.
 */
export function compareGolden(
  golden: Golden,
  corpora: readonly Corpus[],
  resources: EngineResources,
  stride = 1,
): { checked: number; mismatches: Mismatch[]; problems: string[] } {
  const engine = createEngine(resources);
  const problems: string[] = [];
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const c of corpora) {
    const g = golden.corpora.find((x) => x.name === c.name);
    if (!g) {
      problems.push(`${c.name}: not in the golden set`);
      continue;
    }
    if (g.count !== c.inputs.length || g.inputs !== inputsHash(c.inputs)) {
      problems.push(`${c.name}: the data changed (inputs hash differs); regenerate the golden set`);
      continue;
    }
    const want = g.records.split(' ');
    for (let i = 0; i < c.inputs.length; i += stride) {
      checked++;
      const record = recordOf(engine.analyse(c.inputs[i]!));
      if (shortHash(record) !== want[i]) mismatches.push({ corpus: c.name, index: i, record });
    }
  }
  return { checked, mismatches, problems };
}

export function writeGolden(golden: Golden): void {
  writeFileSync(GOLDEN_PATH, `${JSON.stringify(golden, null, 2)}\n`);
}
