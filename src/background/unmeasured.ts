/**
 * A score taken before the word vectors were in memory (a worker that has just started) judged
 * relevance by shared words only: it can miss that a draft fits the person (no topic match) or
 * call it off-topic when the vectors would see the fit. Such a relevance reading must not hold a
 * send. The gate then acts on the spam axis and sending behaviour alone, which need no vectors,
 * read the way the engine reads a draft to someone it knows nothing about (the send line plus
 * the spam points, engine/model), or on the full verdict when that is milder.
 */
import { MODEL } from '../engine/model/index';
import type { EngineSettings } from '../engine/schema';
import type { Verdict, VerdictKind } from '../engine/types';
import { cutsOf, scoreOf, verdictOf } from '../engine/verdict';

const MILDNESS: Readonly<Record<VerdictKind, number>> = { hold: 0, revise: 1, send: 2 };

/** The verdict the gate may act on when relevance could not be measured. */
export function verdictWithoutRelevance(v: Verdict, settings: EngineSettings): VerdictKind {
  const spamOnly = v.signals.filter((s) => s.axis !== 'relevance');
  const kind = verdictOf(scoreOf(spamOnly, MODEL, v.context.kind, false), cutsOf(settings));
  return MILDNESS[kind] > MILDNESS[v.verdict] ? kind : v.verdict;
}
