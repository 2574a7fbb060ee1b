/**
 * Linear time whatever the characters: drafts built to trigger backtracking (separator runs, digit
 * runs, single letters, emoji, zero-width characters, mixed scripts) must score within 5× the time
 * of prose of the same length, at 10,000 and 60,000 characters. `npm run bench` prints the full
 * table; this keeps the bound in the unit suite. Best of three runs each, side by side, so a busy
 * machine slows both alike; 25 ms of slack absorbs timer noise on the fastest rows, and a row
 * fails only when three such measurements all break the bound.
 */
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL, CONTEXT } from '../../bench/adversarial';
import { createEngine, parseInput } from '../../src/engine/index';

const engine = createEngine();

function best(draft: string): number {
  const p = parseInput({ draft, ...CONTEXT });
  if (!p.ok) throw new Error(p.error);
  engine.score(p.input);
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    engine.score(p.input);
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

describe('linear time on adversarial drafts', () => {
  for (const n of [10_000, 60_000]) {
    it(`stays within 5× prose at ${n.toLocaleString('en')} characters`, () => {
      const slow: string[] = [];
      for (const [name, make] of Object.entries(ADVERSARIAL)) {
        if (name === 'prose') continue;
        // A real blow-up is slow every time; a busy machine (CI, parallel suites) only sometimes.
        // So a row fails only when three side-by-side measurements all break the bound.
        let verdict = '';
        for (let attempt = 0; attempt < 3; attempt++) {
          const prose = best(ADVERSARIAL.prose!(n));
          const ms = best(make(n));
          if (ms <= Math.max(5 * prose, prose + 25)) {
            verdict = '';
            break;
          }
          verdict = `${name}: ${ms.toFixed(1)} ms vs prose ${prose.toFixed(1)} ms`;
        }
        if (verdict) slow.push(verdict);
      }
      expect(slow).toEqual([]);
    }, 60_000);
  }
});
