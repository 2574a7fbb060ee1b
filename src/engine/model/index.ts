/**
 * The fitted model: how many score points each signal is worth, and where each context starts.
 * `weights.json` is written by `scripts/fit-weights.ts` (an ordinal logistic regression over the
 * detectors' feature values, with one intercept per context); nothing here is set by hand.
 *
 * The score is additive so the ledger explains it exactly: score = base(context) + Σ points,
 * clamped to 0..100, where a signal's points are its fitted weight times its feature value. The
 * fit places the model's two cut-points at 40 (hold below) and 70 (send from) in every context;
 * a user's strictness setting moves those lines, not the points.
 */
import type { SignalId } from '../registry';
import type { ConversationKind } from '../types';
import data from './weights.json' with { type: 'json' };

export interface ModelData {
  version: number;
  /** What the model was fitted on, for people reading the file. */
  fittedOn: string;
  /** Score at zero features, per context. */
  base: Record<ConversationKind, number>;
  /** Points per unit of feature value; positive raises the score. */
  weights: Partial<Record<SignalId, number>>;
  /** Optional per-context corrections, added to `weights` in that context. */
  contextWeights?: Partial<Record<SignalId, Partial<Record<ConversationKind, number>>>>;
  /** Latent units per score point (the ordinal model's cut-point gap divided by 30). */
  latentPerPoint: number;
  /** How the fit chose its settings (cross-validation figures), for people reading the file. */
  cv?: unknown;
}

export const MODEL: ModelData = data as ModelData;

/**
 * Where a cold DM to someone Worthy knows nothing about starts: on the send line. Relevance
 * cannot be judged without their bio, posts or a thread, so the verdict rests on the spam
 * signals alone and a clean draft is not held for what Worthy could not read (the fit holds
 * these rows at this line too, so their spam weights are learnt against it).
 */
export const UNKNOWN_RECIPIENT_BASE = 70;

import { HOLD_BELOW, SEND_AT } from './lines';

export { HOLD_BELOW, SEND_AT };

export function pointsFor(
  model: ModelData,
  id: SignalId,
  value: number,
  kind: ConversationKind,
): number {
  const w = (model.weights[id] ?? 0) + (model.contextWeights?.[id]?.[kind] ?? 0);
  return w * value;
}

/** Probability of each label at a score (the ordinal model read back), for calibration tables. */
export function labelProbabilities(
  model: ModelData,
  score: number,
): { hold: number; revise: number; send: number } {
  const z = (score - HOLD_BELOW) * model.latentPerPoint;
  const gap = (SEND_AT - HOLD_BELOW) * model.latentPerPoint;
  const atLeastRevise = 1 / (1 + Math.exp(-z));
  const send = 1 / (1 + Math.exp(-(z - gap)));
  return { hold: 1 - atLeastRevise, revise: atLeastRevise - send, send };
}
