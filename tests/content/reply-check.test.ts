/**
 * The hand check of score replies (src/content/reply-check.ts) stands in for zod in the script
 * loaded on every x.com page: it must accept every reply the engine really sends, and never accept
 * one the schema (shared/messages.ts) rejects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpener, isScoreReply } from '../../src/content/reply-check';
import { createEngine, parseInput } from '../../src/engine/index';
import { scoreReplySchema } from '../../src/shared/messages';
import { openerSchema } from '../../src/shared/opener';
import { makeReply, makeVerdict, signalOn } from '../overlay/verdict-fixture';

const engine = createEngine();
const DRAFTS = [
  'Hi Alice! Loved your Berlin recap. How did you pace the last 10k?',
  'BUY NOW!!! 50% off today only, click https://bit.ly/deal and DM me on WhatsApp',
  'Thanks, that helps a lot',
];

function realReplies() {
  return DRAFTS.map((draft) => {
    const p = parseInput({
      draft,
      recipient: { handle: 'alice', bio: 'Marathoner. Coffee.', posts: ['Berlin: sub-3!'] },
      messages: [{ from: 'them', text: 'Can you ship to Spain?' }],
      now: Date.parse('2026-03-02T10:00:00Z'),
    });
    if (!p.ok) throw new Error(p.error);
    return JSON.parse(JSON.stringify(makeReply(engine.score(p.input)))) as unknown;
  });
}

/** Every path into a JSON value, so a mutation can aim anywhere in the reply. */
function paths(x: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof x !== 'object' || x === null) return [at];
  const keys = Array.isArray(x) ? x.map((_, i) => i) : Object.keys(x);
  return [at, ...keys.flatMap((k) => paths((x as Record<string, unknown>)[k], [...at, k]))];
}

function mutate(reply: unknown, path: (string | number)[], value: unknown, drop: boolean) {
  const copy = structuredClone(reply) as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (drop) delete node[last];
  else node[last] = value;
  return copy;
}

describe('score reply check', () => {
  it('accepts what the engine sends, paused and unmeasured replies included', () => {
    for (const r of realReplies()) expect(isScoreReply(r)).toBe(true);
    expect(isScoreReply(makeReply(null, { paused: true }))).toBe(true);
    const draft = 'Buy now';
    const v = makeVerdict({ signals: [signalOn(draft, ['Buy now'], { quotes: [] })] });
    expect(isScoreReply(makeReply(v, { gateVerdict: 'revise' }))).toBe(true);
  });

  it('rejects the obvious breakages', () => {
    const good = realReplies()[1] as Record<string, unknown>;
    expect(isScoreReply(null)).toBe(false);
    expect(isScoreReply({ ...good, gate: 'sometimes' })).toBe(false);
    expect(isScoreReply({ ...good, verdict: { ...(good.verdict as object), score: 140 } })).toBe(
      false,
    );
    expect(isScoreReply({ ...good, gateVerdict: 'maybe' })).toBe(false);
  });

  it('never accepts a reply the schema rejects, wherever it is broken', () => {
    const replies = realReplies();
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer({ min: -5, max: 500 }),
      fc.double(),
      fc.string({ maxLength: 4 }),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
      fc.constantFrom('send', 'hold', 'spam', 'cold', 'bio'),
    );
    fc.assert(
      fc.property(
        fc.nat(replies.length - 1),
        fc.nat(),
        junk,
        fc.boolean(),
        (which, pick, value, drop) => {
          const reply = replies[which]!;
          const all = paths(reply);
          const broken = mutate(reply, all[pick % all.length]!, value, drop);
          if (isScoreReply(broken)) expect(scoreReplySchema.safeParse(broken).success).toBe(true);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe('opener reply check', () => {
  const good = { text: 'Loved your heron shot. Which lens was it?', source: 'post', score: 88 };
  it('accepts what the schema accepts', () => {
    expect(isOpener(good)).toBe(true);
    expect(openerSchema.safeParse(good).success).toBe(true);
  });
  it.each([
    ['empty text', { ...good, text: '' }],
    ['too long', { ...good, text: 'a'.repeat(601) }],
    ['unknown source', { ...good, source: 'dm' }],
    ['score out of range', { ...good, score: 101 }],
    ['not an object', 'Loved your post'],
    ['null', null],
  ])('rejects %s, as the schema does', (_, x) => {
    expect(isOpener(x)).toBe(false);
    expect(openerSchema.safeParse(x).success).toBe(false);
  });
});
