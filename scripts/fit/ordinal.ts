/**
 * Ordinal logistic regression (proportional odds) with one intercept per group, sign-constrained
 * weights and an L2 penalty: the model behind Worthy's points.
 *
 * Labels are ordered hold (0) < revise (1) < send (2). For a row with features x in group g,
 * z = b[g] + Σ w·x; P(label ≥ revise) = σ(z), P(send) = σ(z − gap). One gap for all groups keeps
 * a point worth the same everywhere, so the score can be base(context) + Σ points.
 *
 * The penalty is L2 towards a prior weight per feature (ridge with an informative prior).
 * Fitted by full-batch Adam with projection onto the sign constraints (a weight that must lower
 * the score is clipped at 0 from above). Deterministic: no random initialisation.
 */

export type Sign = 'raises' | 'lowers' | 'free';

export interface Row {
  /** Sparse features: column index → value. */
  x: readonly (readonly [number, number])[];
  group: number;
  y: 0 | 1 | 2;
  /** Sample weight. */
  weight: number;
}

export interface FitOptions {
  features: number;
  groups: number;
  signs: readonly Sign[];
  /** L2 strength on the weights (per unit of total sample weight). */
  lambda: number;
  /** Per-feature multiplier of `lambda` (default 1). */
  penalty?: readonly number[];
  /**
   * Per-feature prior weight the penalty pulls towards (default 0): a signal the data says
   * little about keeps a modest default instead of vanishing.
   */
  prior?: readonly number[];
  /**
   * For a per-context correction column, the column it corrects: their sum must keep the
   * parent's sign (a correction may weaken a signal in one context, never turn it around).
   */
  parent?: readonly (number | undefined)[];
  /**
   * Groups whose intercept is not learned but held at the send cut-point (latent = gap): a group
   * whose verdict, with no signal either way, is decided by the product, not by the data.
   */
  atSendLine?: readonly number[];
  /**
   * Per-feature least size, in score points at value 1 (the cut-point gap is 30 points): the fit
   * may make such a signal heavier, never lighter. For what the labelling guide names outright
   * but the fit data shows too rarely to learn.
   */
  minPoints?: readonly (number | undefined)[];
  iterations?: number;
  learningRate?: number;
}

export interface OrdinalModel {
  b: number[];
  gap: number;
  w: number[];
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
const EPS = 1e-12;

export function latent(m: OrdinalModel, row: Pick<Row, 'x' | 'group'>): number {
  let z = m.b[row.group]!;
  for (const [j, v] of row.x) z += m.w[j]! * v;
  return z;
}

export function probabilities(m: OrdinalModel, z: number): [number, number, number] {
  const s1 = sigmoid(z);
  const s2 = sigmoid(z - m.gap);
  return [1 - s1, Math.max(EPS, s1 - s2), s2];
}

/** The most likely label at latent value z: hold below 0, send from `gap`, revise between. */
export function predict(m: OrdinalModel, z: number): 0 | 1 | 2 {
  if (z < 0) return 0;
  if (z >= m.gap) return 2;
  return 1;
}

/** Mean negative log-likelihood (weighted) plus the L2 term. */
export function objective(m: OrdinalModel, rows: readonly Row[], o: FitOptions): number {
  let nll = 0;
  let total = 0;
  for (const r of rows) {
    const p = probabilities(m, latent(m, r))[r.y];
    nll -= r.weight * Math.log(Math.max(EPS, p));
    total += r.weight;
  }
  let l2 = 0;
  for (let j = 0; j < o.features; j++) {
    l2 += (o.penalty?.[j] ?? 1) * (m.w[j]! - (o.prior?.[j] ?? 0)) ** 2;
  }
  return nll / total + 0.5 * o.lambda * l2;
}

export function fitOrdinal(rows: readonly Row[], o: FitOptions): OrdinalModel {
  const nb = o.groups;
  const nw = o.features;
  // Parameters: b[0..nb), log(gap), w[0..nw).
  const n = nb + 1 + nw;
  const theta = new Float64Array(n);
  theta[nb] = Math.log(2);
  const m1 = new Float64Array(n);
  const m2 = new Float64Array(n);
  const grad = new Float64Array(n);
  const lr = o.learningRate ?? 0.05;
  const iterations = o.iterations ?? 3000;
  let total = 0;
  for (const r of rows) total += r.weight;
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let it = 1; it <= iterations; it++) {
    grad.fill(0);
    const gap = Math.exp(theta[nb]!);
    for (const r of rows) {
      let z = theta[r.group]!;
      for (const [j, v] of r.x) z += theta[nb + 1 + j]! * v;
      const s1 = sigmoid(z);
      const s2 = sigmoid(z - gap);
      let dz: number;
      let dgap: number;
      if (r.y === 0) {
        dz = s1;
        dgap = 0;
      } else if (r.y === 2) {
        dz = -(1 - s2);
        dgap = 1 - s2;
      } else {
        const p = Math.max(EPS, s1 - s2);
        dz = -(s1 * (1 - s1) - s2 * (1 - s2)) / p;
        dgap = -(s2 * (1 - s2)) / p;
      }
      const k = r.weight / total;
      grad[r.group]! += k * dz;
      grad[nb]! += k * dgap * gap;
      for (const [j, v] of r.x) grad[nb + 1 + j]! += k * dz * v;
    }
    for (let j = 0; j < nw; j++) {
      grad[nb + 1 + j]! +=
        o.lambda * (o.penalty?.[j] ?? 1) * (theta[nb + 1 + j]! - (o.prior?.[j] ?? 0));
    }
    const step = lr * Math.min(1, 0.2 + it / 500);
    for (let i = 0; i < n; i++) {
      m1[i] = beta1 * m1[i]! + (1 - beta1) * grad[i]!;
      m2[i] = beta2 * m2[i]! + (1 - beta2) * grad[i]! ** 2;
      const mh = m1[i]! / (1 - beta1 ** it);
      const vh = m2[i]! / (1 - beta2 ** it);
      theta[i] = theta[i]! - (step * mh) / (Math.sqrt(vh) + 1e-8);
    }
    for (const g of o.atSendLine ?? []) theta[g] = Math.exp(theta[nb]!);
    for (let j = 0; j < nw; j++) {
      const s = o.signs[j];
      const i = nb + 1 + j;
      const p = o.parent?.[j];
      // A correction is bounded by its parent: parent + correction keeps the parent's sign. A
      // weight keeps its sign and at least its least size.
      const least = ((o.minPoints?.[j] ?? 0) * Math.exp(theta[nb]!)) / 30;
      const lo = p === undefined ? least : -theta[nb + 1 + p]!;
      const hi = p === undefined ? -least : -theta[nb + 1 + p]!;
      if (s === 'raises' && theta[i]! < lo) theta[i] = lo;
      else if (s === 'lowers' && theta[i]! > hi) theta[i] = hi;
    }
  }
  return {
    b: [...theta.slice(0, nb)],
    gap: Math.exp(theta[nb]!),
    w: [...theta.slice(nb + 1)],
  };
}
