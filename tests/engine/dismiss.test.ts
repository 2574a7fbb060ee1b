/**
 * "Not an issue here" on the engine side: a set-aside signal stays in the verdict, marked and
 * worth nothing, and the score and verdict are what they would be without it. Old ids of renamed
 * signals still apply; unknown ids change nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, parseInput } from '../../src/engine/index';
import { ALIASES } from '../../src/engine/registry';
import type { EngineInput } from '../../src/engine/schema';

const engine = createEngine();
const NOW = Date.parse('2026-11-23T10:00:00Z');
/** A cold DM to someone Worthy knows nothing about, held back by one pushy phrase ("DM me"). */
const ONE_REASON: EngineInput = {
  draft:
    'Hi Stan, I read your thread on sourdough hydration and loved it. DM me if you ever want to swap starter notes.',
  recipient: { handle: 'stan', name: 'Stan' },
  now: NOW,
};

function scored(input: EngineInput) {
  const p = parseInput(input);
  if (!p.ok) throw new Error(p.error);
  return engine.score(p.input);
}

afterEach(() => {
  for (const k of Object.keys(ALIASES)) delete (ALIASES as Record<string, string>)[k];
});

describe('dismissed signals', () => {
  it('turns a revise caused by one reason into send, keeping the reason marked with 0 points', () => {
    const before = scored(ONE_REASON);
    expect(before.verdict).toBe('revise');
    const hurt = before.signals.filter((s) => s.points < 0);
    expect(hurt.map((s) => s.id)).toEqual(['call-to-action']);

    const after = scored({ ...ONE_REASON, dismissed: ['call-to-action'] });
    expect(after.verdict).toBe('send');
    expect(after.score).toBe(Math.round(before.score - hurt[0]!.points));
    const kept = after.signals.find((s) => s.id === 'call-to-action');
    expect(kept).toMatchObject({ dismissed: true, points: 0, weight: 0, severity: 'info' });
    expect(kept?.evidence).toEqual(hurt[0]!.evidence);
  });

  it('leaves the ledger, the spam meter and the suggestions without it', () => {
    const before = scored(ONE_REASON);
    const after = scored({ ...ONE_REASON, dismissed: ['call-to-action'] });
    expect(before.ledger.spam.entries.map((e) => e.id)).toContain('call-to-action');
    expect(after.ledger.spam.entries.map((e) => e.id)).not.toContain('call-to-action');
    expect(after.spam).toBeLessThan(before.spam);
    expect(after.suggestions.flatMap((s) => s.signals)).not.toContain('call-to-action');
  });

  it('undoing is giving the same input without the id: the verdict is exactly as before', () => {
    const before = scored(ONE_REASON);
    const again = scored({ ...ONE_REASON, dismissed: [] });
    expect({ ...again, elapsedMs: 0 }).toEqual({ ...before, elapsedMs: 0 });
  });

  it('reads a choice saved under the old id of a renamed signal', () => {
    (ALIASES as Record<string, string>)['pushy-instruction'] = 'call-to-action';
    const after = scored({ ...ONE_REASON, dismissed: ['pushy-instruction'] });
    expect(after.verdict).toBe('send');
    expect(after.signals.find((s) => s.id === 'call-to-action')?.dismissed).toBe(true);
  });

  it('ignores ids it does not know, and ids of signals that did not fire', () => {
    const before = scored(ONE_REASON);
    const after = scored({ ...ONE_REASON, dismissed: ['no-such-signal', 'shouting'] });
    expect({ ...after, elapsedMs: 0 }).toEqual({ ...before, elapsedMs: 0 });
  });

  it('can set aside a safety signal (which scopes are allowed is the host’s rule)', () => {
    const input: EngineInput = {
      draft:
        'Hi Stan, please send me the verification code you just got so I can fix your account.',
      recipient: { handle: 'stan', name: 'Stan' },
      now: NOW,
    };
    const after = scored({ ...input, dismissed: ['asks-for-credentials'] });
    const s = after.signals.find((x) => x.id === 'asks-for-credentials');
    expect(s).toMatchObject({ dismissed: true, points: 0 });
    expect(after.score).toBeGreaterThan(scored(input).score);
  });

  it('rejects a malformed list with a message naming the field', () => {
    const r = parseInput({ draft: 'hi', dismissed: 'call-to-action' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^dismissed/);
  });
});
