/**
 * Judgment on labelled DMs: the `test` split of ../shared/data/dm-labelled (109 DMs written
 * independently of the engine, never read by the fit) and, with `--frozen`, Worthy's own frozen
 * test cases (eval/cases/test.jsonl). Every case is scored by the real engine with the shipped
 * word vectors and the shipped weights, exactly as the extension does.
 *
 * Reported with 95% Wilson intervals: accuracy (overall and per context), the nag rate (good DMs
 * not `send`), the miss rate (hold-worthy DMs not `hold`), send↔hold swaps, calibration by score
 * band, and per-language accuracy (small groups say so). Baseline: the most common label of each
 * context in the fit split, the best a judge blind to the text can do.
 */

import { createEngine, parseInput } from '../src/engine/index';
import { labelProbabilities, MODEL } from '../src/engine/model/index';
import { loadResources } from '../src/node/load-resources';
import { type Context, type Label, type LabelledDm, loadDmLabelled } from './data';
import { type Figures, figures, pct, wilson } from './metrics';

export interface DmEvalResult {
  source: string;
  n: number;
  figures: Figures;
  byContext: Record<Context, Figures>;
  byLanguage: { language: string; n: number; accuracy: number }[];
  calibration: {
    band: string;
    n: number;
    send: number;
    revise: number;
    hold: number;
    model: string;
  }[];
  baseline: {
    name: string;
    accuracy: Figures['accuracy'];
    nag: Figures['nag'];
    miss: Figures['miss'];
  };
  errors: { id: string; context: Context; label: Label; predicted: Label; score: number }[];
}

const BANDS: [number, number][] = [
  [0, 20],
  [20, 40],
  [40, 55],
  [55, 70],
  [70, 85],
  [85, 101],
];

export async function evalDms(cases: readonly LabelledDm[], source: string): Promise<DmEvalResult> {
  const engine = createEngine(await loadResources());
  const judged = cases.map((c) => {
    const parsed = parseInput(c.input);
    if (!parsed.ok) throw new Error(`${c.id}: ${parsed.error}`);
    const v = engine.score(parsed.input);
    return { c, label: c.label, predicted: v.verdict, score: v.score };
  });
  const contexts: Context[] = ['customer', 'ongoing', 'cold'];
  const byContext = Object.fromEntries(
    contexts.map((ctx) => [ctx, figures(judged.filter((j) => j.c.context === ctx))]),
  ) as Record<Context, Figures>;
  const languages = [...new Set(cases.map((c) => c.language))].sort();
  const byLanguage = languages.map((language) => {
    const group = judged.filter((j) => j.c.language === language);
    return {
      language,
      n: group.length,
      accuracy: group.filter((j) => j.label === j.predicted).length / group.length,
    };
  });
  const calibration = BANDS.map(([lo, hi]) => {
    const group = judged.filter((j) => j.score >= lo && j.score < hi);
    const count = (l: Label) => group.filter((j) => j.label === l).length;
    const p = labelProbabilities(MODEL, (lo + Math.min(hi, 100)) / 2);
    return {
      band: `${lo}–${Math.min(hi, 100)}`,
      n: group.length,
      send: count('send'),
      revise: count('revise'),
      hold: count('hold'),
      model: `send ${(100 * p.send).toFixed(0)}% / revise ${(100 * p.revise).toFixed(0)}% / hold ${(100 * p.hold).toFixed(0)}%`,
    };
  });
  const fit = loadDmLabelled().filter((c) => c.split === 'fit');
  const majority = Object.fromEntries(
    contexts.map((ctx) => {
      const counts = new Map<Label, number>();
      for (const c of fit.filter((x) => x.context === ctx))
        counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
      return [ctx, [...counts].sort((a, b) => b[1] - a[1])[0]![0]];
    }),
  ) as Record<Context, Label>;
  const base = figures(cases.map((c) => ({ label: c.label, predicted: majority[c.context] })));
  return {
    source,
    n: cases.length,
    figures: figures(judged),
    byContext,
    byLanguage,
    calibration,
    baseline: {
      name: `most common label per context in the dm-labelled fit split (${contexts.map((c) => `${c} → ${majority[c]}`).join(', ')})`,
      accuracy: base.accuracy,
      nag: base.nag,
      miss: base.miss,
    },
    errors: judged
      .filter((j) => j.label !== j.predicted)
      .map((j) => ({
        id: j.c.id,
        context: j.c.context,
        label: j.label,
        predicted: j.predicted,
        score: j.score,
      })),
  };
}

export function printDms(r: DmEvalResult): void {
  const f = r.figures;
  console.log(`\n${r.source}: ${r.n} DMs`);
  console.log(`  accuracy   ${pct(f.accuracy)}   (baseline ${pct(r.baseline.accuracy)})`);
  console.log(
    `  nag rate   ${pct(f.nag)}   good DMs not judged send (baseline ${pct(r.baseline.nag)})`,
  );
  console.log(
    `  miss rate  ${pct(f.miss)}   hold-worthy DMs not judged hold (baseline ${pct(r.baseline.miss)})`,
  );
  console.log(`  send↔hold swaps ${f.swaps}`);
  for (const [ctx, g] of Object.entries(r.byContext)) {
    console.log(
      `  ${ctx.padEnd(9)} accuracy ${pct(g.accuracy)}, nag ${pct(g.nag)}, miss ${pct(g.miss)}`,
    );
  }
  console.log('  label → judged (send / revise / hold):');
  for (const l of ['send', 'revise', 'hold'] as const) {
    const row = f.confusion[l];
    console.log(`    ${l.padEnd(6)} ${row.send} / ${row.revise} / ${row.hold}`);
  }
  console.log(
    "  calibration by score band (labels in the band; the model's probabilities at its middle):",
  );
  for (const b of r.calibration) {
    console.log(
      `    ${b.band.padEnd(7)} n=${String(b.n).padStart(3)}  send ${b.send}, revise ${b.revise}, hold ${b.hold}   model: ${b.model}`,
    );
  }
  console.log(
    '  by language (test groups are small: 2–5 DMs each outside English, anecdotes not measurements):',
  );
  console.log(
    `    ${r.byLanguage.map((l) => `${l.language} ${(100 * l.accuracy).toFixed(0)}% (n=${l.n})`).join(', ')}`,
  );
  console.log(`  baseline: ${r.baseline.name}`);
}

export { wilson };
