/**
 * Whatever the input, the engine returns a valid verdict and never throws: any string (graphemes,
 * raw UTF-16 with lone surrogates, emoji, RTL, zero-width characters, huge pastes) and any
 * recipient.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { engineInputSchema, score } from '../../src/engine/index';
import type { Verdict } from '../../src/engine/types';

const PIECES = [
  '🚀',
  '👍🏽',
  '🇺🇸',
  '1️⃣',
  '👨‍👩‍👧',
  '\u200B',
  '\u200D',
  '\u202E',
  '\uFEFF',
  '\u00AD',
  'مرحبا',
  'שלום',
  'こんにちは',
  'ⓕⓡⓔⓔ',
  '𝐟𝐫𝐞𝐞',
  'аirdrop',
  'fr33',
  'bit.ly/x',
  'hxxp://a[.]com',
  'a@b.co',
  '{first_name}',
  '[Name]',
  '+44 7700 900123',
  '09061701461',
  'txt WIN to 87121',
  '£1000',
  '!!!',
  'e\u0301',
  '\uD800',
  '\uDC00',
  'WINNER',
  'click here',
  '\n',
  ' ',
  '.',
  'ﬁ',
  '%NAME%',
];

const draftArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
  fc
    .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.string({ unit: 'grapheme' }))
    .map(([a, s]) => a.join(s)),
);

const recipientArb = fc.option(
  fc.record(
    {
      handle: fc.string({ maxLength: 64 }),
      name: fc.string({ unit: 'grapheme', maxLength: 50 }),
      bio: fc.string({ unit: 'binary', maxLength: 300 }),
      location: fc.string({ maxLength: 50 }),
      url: fc.string({ maxLength: 100 }),
      posts: fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 5 }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const settingsArb = fc.record(
  {
    triggerPhrases: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 5 }),
    trustedDomains: fc.array(fc.constantFrom('acme.com', 'x.com', 'bit.ly', 'a'), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

function checkVerdict(v: Verdict, draft: string) {
  expect(v.version).toBe(1);
  expect(Number.isFinite(v.score)).toBe(true);
  expect(v.score).toBeGreaterThanOrEqual(0);
  expect(v.score).toBeLessThanOrEqual(100);
  expect(v.spam).toBeGreaterThanOrEqual(0);
  expect(v.spam).toBeLessThanOrEqual(1);
  if (v.relevance !== null) {
    expect(v.relevance).toBeGreaterThanOrEqual(0);
    expect(v.relevance).toBeLessThanOrEqual(1);
  }
  expect(['send', 'revise', 'hold']).toContain(v.verdict);
  for (const s of v.signals) {
    expect(Number.isFinite(s.weight)).toBe(true);
    for (const e of s.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThanOrEqual(e.start);
      expect(e.end).toBeLessThanOrEqual(draft.length);
      expect(draft.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

/**
 * Bounded in time as well as count: on a loaded 2-core machine a fixed count could outlast the
 * test timeout. A property stops after `ms` (not a failure) but must have run at least `min`
 * cases, so a slow engine still fails loudly rather than passing on no evidence.
 */
function assertBounded<T extends unknown[]>(
  prop: fc.IPropertyWithHooks<T> & fc.IProperty<T>,
  { runs, min, ms }: { runs: number; min: number; ms: number },
) {
  let ran = 0;
  const counted = prop.beforeEach(() => {
    ran++;
  });
  fc.assert(counted, { numRuns: runs, interruptAfterTimeLimit: ms, markInterruptAsFailure: false });
  expect(ran).toBeGreaterThanOrEqual(min);
}

describe('engine properties', () => {
  test('any draft, recipient and settings give a valid verdict', () => {
    assertBounded(
      fc.property(draftArb, recipientArb, settingsArb, (draft, recipient, settings) => {
        const input = engineInputSchema.parse({ draft, recipient, settings });
        checkVerdict(score(input), draft);
      }),
      { runs: 400, min: 50, ms: 6_000 },
    );
  });

  test('huge drafts (up to 100k chars) score without throwing', () => {
    assertBounded(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1_000, max: 100_000 }),
        (pieces, size) => {
          const unit = pieces.join(' ');
          const draft = unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
          checkVerdict(score(engineInputSchema.parse({ draft })), draft);
        },
      ),
      { runs: 8, min: 2, ms: 6_000 },
    );
  });

  test('a 100k-char binary string scores', () => {
    const draft = fc.sample(
      fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }),
      1,
    )[0]!;
    checkVerdict(score(engineInputSchema.parse({ draft })), draft);
  });
});

// Speed is measured by `npm run bench` and `npm run budgets`, which print figures; a timed unit
// test would only flake on a loaded machine.
