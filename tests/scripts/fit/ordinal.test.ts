/** The fitter behind the points: it recovers known structure and keeps its promises. */
import { describe, expect, it } from 'vitest';
import { fitOrdinal, latent, predict, type Row } from '../../../scripts/fit/ordinal';

/** Rows from a known model: feature 0 lowers (spam), feature 1 raises (relevance). */
function synthetic(n: number): Row[] {
  const rows: Row[] = [];
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < n; i++) {
    const spam = rand() < 0.3 ? 1 : 0;
    const rel = rand();
    const z = 1 - 3 * spam + 2 * rel + (rand() - 0.5);
    const y = z < 0 ? 0 : z < 1.5 ? 1 : 2;
    const x: [number, number][] = [];
    if (spam) x.push([0, 1]);
    x.push([1, rel]);
    rows.push({ x, group: 0, y: y as 0 | 1 | 2, weight: 1 });
  }
  return rows;
}

describe('fitOrdinal', () => {
  it('recovers the direction and ordering of known weights', () => {
    const rows = synthetic(600);
    const m = fitOrdinal(rows, { features: 2, groups: 1, signs: ['free', 'free'], lambda: 0.001 });
    expect(m.w[0]).toBeLessThan(-1);
    expect(m.w[1]).toBeGreaterThan(1);
    expect(m.gap).toBeGreaterThan(0);
    const right = rows.filter((r) => predict(m, latent(m, r)) === r.y).length;
    expect(right / rows.length).toBeGreaterThan(0.75);
  });

  it('keeps sign constraints and pulls towards the prior', () => {
    const rows = synthetic(300);
    // Feature 0 truly lowers: constrained to raise, it must sit at 0.
    const m = fitOrdinal(rows, {
      features: 2,
      groups: 1,
      signs: ['raises', 'raises'],
      lambda: 0.001,
    });
    expect(m.w[0]).toBe(0);
    // With a huge penalty the weights sit on their priors.
    const p = fitOrdinal(rows, {
      features: 2,
      groups: 1,
      signs: ['free', 'free'],
      lambda: 1e4,
      prior: [-0.5, 0.25],
    });
    expect(p.w[0]).toBeCloseTo(-0.5, 2);
    expect(p.w[1]).toBeCloseTo(0.25, 2);
  });

  it('holds groups at the send line when asked', () => {
    const rows = synthetic(200).map((r, i) => ({ ...r, group: i % 2 }));
    const m = fitOrdinal(rows, {
      features: 2,
      groups: 2,
      signs: ['free', 'free'],
      lambda: 0.01,
      atSendLine: [1],
    });
    expect(m.b[1]).toBeCloseTo(m.gap, 6);
  });
});
