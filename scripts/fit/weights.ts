/**
 * The weight fit as functions, so `npm run eval` can refit without a corpus (leave one out) with
 * exactly the shipped procedure. scripts/fit-weights.ts is the command that writes the shipped
 * weights with these.
 */
import { loadDmLabelled, loadWorthyCases, loadYoutube } from '../../eval/data';
import { loadSms, splitSms } from '../../eval/spam';
import type { ModelData } from '../../src/engine/model/index';
import type { EngineResources } from '../../src/engine/resources';
import {
  type CaseRow,
  COLUMNS,
  CONTEXTS,
  CONTEXTUAL,
  dmRows,
  FEATURES,
  GROUPS,
  LEAST,
  PARENTS,
  PENALTY,
  PRIOR,
  PUBLIC_GROUP,
  SIGNS,
  textRows,
  UNKNOWN_GROUP,
} from './features';
import { type FitOptions, fitOrdinal, type OrdinalModel, type Row } from './ordinal';
import { outOfFoldEngines } from './text-folds';

/** Total weight of the public texts relative to the DM rows: they inform, the DMs decide. */
export const PUBLIC_SHARE = 0.5;

export interface FitData {
  dm: CaseRow[];
  pub: Row[];
  counts: { dm: number; worthy: number; sms: number; youtube: number };
}

/**
 * The rows of the weight fit. `keep(source)` drops training sources (`sms`, `dm`,
 * `youtube:<video>`) from both the text layer and the rows, for leave-one-out evaluation.
 */
export function fitData(
  resources: EngineResources,
  keep: (source: string) => boolean = () => true,
): FitData {
  // Each row is read by an engine whose text layer did not learn it (text-folds.ts).
  const engineFor = outOfFoldEngines(resources, keep);
  const dmCases = keep('dm')
    ? [...loadDmLabelled().filter((c) => c.split === 'fit'), ...loadWorthyCases('fit')]
    : [];
  const dm = dmRows(engineFor, dmCases);
  const sms = keep('sms') ? splitSms(loadSms().items).tuning : [];
  const videos = loadYoutube().filter((v) => keep(`youtube:${v.video}`));
  const publicCount = sms.length + videos.reduce((n, v) => n + v.items.length, 0);
  const weight = publicCount ? (PUBLIC_SHARE * Math.max(dm.length, 200)) / publicCount : 0;
  const pub = [
    ...textRows(engineFor, sms, weight, 'sms'),
    ...videos.flatMap((v) => textRows(engineFor, v.items, weight, `youtube:${v.video}`)),
  ];
  return {
    dm,
    pub,
    counts: {
      dm: dmCases.filter((c) => c.source === 'dm-labelled').length,
      worthy: dmCases.filter((c) => c.source === 'worthy-cases').length,
      sms: sms.length,
      youtube: videos.reduce((n, v) => n + v.items.length, 0),
    },
  };
}

export function ordinalOptions(lambda: number): FitOptions {
  return {
    features: FEATURES,
    groups: GROUPS.length,
    signs: SIGNS,
    penalty: PENALTY,
    prior: PRIOR,
    parent: PARENTS,
    atSendLine: [PUBLIC_GROUP, UNKNOWN_GROUP],
    minPoints: LEAST,
    lambda,
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The fitted ordinal model as the engine's weights file (points on the 0..100 scale). */
export function toModelData(m: OrdinalModel, fittedOn: string, cv?: unknown): ModelData {
  const perPoint = m.gap / 30;
  const base = Object.fromEntries(
    GROUPS.slice(0, PUBLIC_GROUP).map((k, g) => [k, round(40 + m.b[g]! / perPoint, 1)]),
  ) as ModelData['base'];
  const weights = Object.fromEntries(
    COLUMNS.map((id, j) => [id, round(m.w[j]! / perPoint, 1)]).filter(([, w]) => w !== 0),
  );
  const contextWeights = Object.fromEntries(
    CONTEXTUAL.map((id, k) => [
      id,
      Object.fromEntries(
        CONTEXTS.map((c, i) => [
          c,
          round(m.w[COLUMNS.length + k * CONTEXTS.length + i]! / perPoint, 1),
        ]).filter(([, w]) => w !== 0),
      ),
    ]).filter(([, v]) => Object.keys(v as object).length > 0),
  );
  const out: ModelData = {
    version: 1,
    fittedOn,
    base,
    weights,
    contextWeights,
    latentPerPoint: round(perPoint, 5),
  };
  if (cv !== undefined) out.cv = cv;
  return out;
}

/** Fits the weights on `data` at penalty `lambda`. */
export function fitWeights(data: FitData, lambda: number): OrdinalModel {
  return fitOrdinal([...data.pub, ...data.dm], ordinalOptions(lambda));
}
