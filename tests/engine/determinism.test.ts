/**
 * A pure function: the verdict depends only on the input. One engine instance scores a set of
 * drafts, then runs calls with every kind of setting, then scores the same drafts again: the
 * answers must be identical (the user's trigger phrases once leaked into every later call).
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type EngineInput, parseInput, score } from '../../src/engine/index';

const DRAFTS: EngineInput[] = [
  { draft: 'Come to our w e b i n a r tomorrow' },
  { draft: 'Claim your f r e e prize now at bit.ly/x' },
  {
    draft: 'Hi Maya, your thread on owls at the estuary was lovely. Which scope do you use?',
    recipient: { handle: '@maya', bio: 'Birder', posts: ['Little owl in the old oak again'] },
  },
  {
    draft: 'Your refund went out today; it shows in 3-5 days.',
    messages: [{ from: 'them', text: 'When will my refund arrive?' }],
  },
];

const SETTINGS: EngineInput['settings'][] = [
  { triggerPhrases: ['webinar', 'limited seats'] },
  { triggerPhrases: ['free'] },
  { trustedDomains: ['bit.ly', 'acme.com'] },
  { dailyBudget: 1, hourlyBudget: 1 },
  { brandProfile: 'We make waterproof binoculars for birdwatchers.' },
  { strictness: { send: 20, hold: -30 } },
  // Version 1's absolute lines still score, migrated to offsets.
  { thresholds: { send: 90, hold: 10 } } as EngineInput['settings'],
];

function verdicts(run: (raw: EngineInput) => unknown) {
  return DRAFTS.map((d) => {
    const v = run(d) as { elapsedMs?: number };
    const { elapsedMs: _t, ...rest } = v;
    return rest;
  });
}

describe('determinism', () => {
  it('gives identical verdicts before and after calls with every kind of setting', () => {
    const engine = createEngine();
    const run = (raw: EngineInput) => {
      const p = parseInput(raw);
      if (!p.ok) throw new Error(p.error);
      return engine.score(p.input);
    };
    const before = verdicts(run);
    for (const settings of SETTINGS) {
      for (const d of DRAFTS) run({ ...d, settings, language: 'en' });
      run({ ...DRAFTS[0]!, settings, now: 0, history: [{ recipient: '@x', text: 'hi', at: 1 }] });
    }
    expect(verdicts(run)).toEqual(before);
    // A fresh engine (no caches at all) agrees with the long-lived one.
    const fresh = verdicts((raw) => {
      const p = parseInput(raw);
      if (!p.ok) throw new Error(p.error);
      return score(p.input);
    });
    expect(fresh).toEqual(before);
  });

  it('applies trigger phrases (spaced out too) only to the call that sets them', () => {
    const engine = createEngine();
    const run = (triggerPhrases: string[]) => {
      const p = parseInput({
        draft: 'Come to our w e b i n a r tomorrow',
        settings: { triggerPhrases },
      });
      if (!p.ok) throw new Error(p.error);
      return engine.score(p.input).signals.map((s) => s.id);
    };
    expect(run([])).not.toContain('trigger-phrase');
    expect(run(['webinar'])).toContain('trigger-phrase');
    expect(run([])).not.toContain('trigger-phrase');
  });
});
