/**
 * Hostile and oversized input to the engine: 100,000-character drafts, pure emoji, RTL with
 * embedded English, zero-width runs, and a recipient with 5,000 posts. Each gives a valid verdict
 * (schema-checked, evidence ranges inside the draft and matching its text) and is timed; the
 * times are printed, not asserted tightly.
 */
import { describe, expect, it } from 'vitest';
import { parseInput, score } from '../../src/engine/index';
import type { Verdict } from '../../src/engine/types';
import { loadVectors } from '../../src/node/load-vectors';
import { verdictSchema } from '../../src/shared/messages';

const vectors = await loadVectors();

function repeatTo(unit: string, n: number): string {
  let s = '';
  while (s.length < n) s += unit;
  // Never cut a surrogate pair in half.
  let out = s.slice(0, n);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out;
}

const DRAFTS: Record<string, string> = {
  '100,000 chars of prose and links': repeatTo(
    'Loved your Berlin recap, the negative split was smart. Our shop ships running gear: https://bit.ly/3xYz ',
    100_000,
  ),
  '100,000 chars mixed (emoji, RTL, zero-width)': repeatTo(
    'Thanks for the update 🚀👍🏽 مرحبا Alice שלום Bob \u200B\u200B\u200C\u200D\u2060 order #4412 ',
    100_000,
  ),
  'pure emoji': '🚀🔥👍🏽👨‍👩‍👧🇺🇸1️⃣'.repeat(200),
  'Arabic with embedded English':
    'مرحبا أليس، رأيت منشورك عن Berlin Marathon، هل تستخدم Garmin أم Coros؟',
  'Hebrew with embedded English': 'שלום Bob, ההזמנה #4412 נשלחה ביום שישי עם UPS ותגיע מחר.',
  'zero-width runs': `F\u200Br\u200Be\u200Be ${'\u200B'.repeat(5_000)} crypto giveaway ${'\u200D\u200C'.repeat(2_000)} now`,
  'only zero-width': '\u200B\u200C\u200D\u2060\uFEFF'.repeat(1_000),
};

function check(v: Verdict, draft: string) {
  expect(verdictSchema.safeParse(v).success).toBe(true);
  expect(['send', 'revise', 'hold']).toContain(v.verdict);
  expect(v.score).toBeGreaterThanOrEqual(0);
  expect(v.score).toBeLessThanOrEqual(100);
  for (const s of v.signals) {
    for (const e of s.evidence) {
      expect(e.start, `${s.id} start`).toBeGreaterThanOrEqual(0);
      expect(e.end, `${s.id} end`).toBeLessThanOrEqual(draft.length);
      expect(e.start, `${s.id} range`).toBeLessThanOrEqual(e.end);
      expect(draft.slice(e.start, e.end), `${s.id} evidence text`).toBe(e.text);
    }
  }
}

function timed(draft: string, recipient: object = { name: 'Alice Runner', handle: 'alice' }) {
  const parsed = parseInput({ draft, recipient, messages: [] });
  if (!parsed.ok) throw new Error(parsed.error);
  const t0 = performance.now();
  const v = score(parsed.input, { vectors });
  return { v, ms: performance.now() - t0 };
}

describe('the engine on hostile drafts', () => {
  for (const [name, draft] of Object.entries(DRAFTS)) {
    it(`${name}: a valid verdict, evidence inside the draft`, () => {
      const before = draft;
      const { v, ms } = timed(draft);
      check(v, draft);
      expect(draft).toBe(before);
      console.log(
        `[hardening] ${name} (${draft.length} UTF-16 units): ${v.verdict} ${Math.round(v.score)} in ${ms.toFixed(1)} ms`,
      );
      // Generous ceiling: a runaway (quadratic) path would take far longer.
      expect(ms).toBeLessThan(10_000);
    });
  }

  it('a recipient with 5,000 posts: a valid verdict that uses them', () => {
    const topics = [
      'tempo run',
      'hill repeats',
      'long run',
      'race pacing',
      'recovery week',
      'espresso',
    ];
    const posts = Array.from(
      { length: 5_000 },
      (_, i) => `Training log ${i + 1}: ${topics[i % topics.length]}, ${5 + (i % 30)} km today.`,
    );
    const draft =
      'How do you structure your hill repeats before a long run? Asking as a new runner.';
    const { v, ms } = timed(draft, {
      name: 'Alice Runner',
      handle: 'alice',
      bio: 'Runner.',
      posts,
    });
    check(v, draft);
    expect(v.relevance).not.toBeNull();
    console.log(
      `[hardening] 5,000 posts: ${v.verdict} ${Math.round(v.score)}, relevance ${v.relevance?.toFixed(2)} in ${ms.toFixed(1)} ms`,
    );
    expect(ms).toBeLessThan(10_000);
  });
});
