/**
 * What the UI quotes: one "engage with this" item labelled by where it came from, and interests
 * as 3–5 phrases the recipient actually uses, ticked only when the draft uses them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine, type EngineInput, parseInput } from '../../../src/engine/index';
import { loadVectors } from '../../../src/node/load-vectors';

let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ vectors: await loadVectors() });
});
const verdict = (raw: EngineInput) => {
  const p = parseInput(raw);
  if (!p.ok) throw new Error(p.error);
  return engine.score(p.input);
};

const dev = {
  handle: '@ines',
  bio: 'Backend engineer. Postgres whisperer. Opinions are my cat’s.',
  posts: [
    'Spent two days wondering why Postgres would not use my partial index. Answer: stats target.',
    'hot take: most ORMs are fine, most migrations are not',
    'my cat has walked across the keyboard during two separate prod incidents',
  ],
};

describe('engage item', () => {
  it('is their open question in a thread, labelled as a question', () => {
    const v = verdict({
      draft: 'Let me check',
      messages: [{ from: 'them', text: 'When will my refund arrive?' }],
    });
    expect(v.engage).toEqual({
      source: 'question',
      index: 0,
      text: 'When will my refund arrive?',
      engaged: false,
    });
    const answered = verdict({
      draft: 'It went out today: 3–5 working days.',
      messages: [{ from: 'them', text: 'When will my refund arrive?' }],
    });
    expect(answered.engage?.engaged).toBe(true);
  });

  it('is the post the draft engages with, marked engaged', () => {
    const v = verdict({
      draft: 'Your partial index thread (the stats target fix!) saved my week.',
      recipient: dev,
    });
    expect(v.engage).toMatchObject({ source: 'post', index: 0, engaged: true });
  });

  it('is their newest post when the draft engages with nothing, never a bio line called a post', () => {
    const v = verdict({ draft: 'Hi! We sell office chairs, want a catalogue?', recipient: dev });
    expect(v.engage?.source).toBe('post');
    expect(v.engage?.engaged).toBe(false);
    const bioOnly = verdict({
      draft: 'Hi! We sell office chairs.',
      recipient: { bio: 'Knitter and lighthouse fan.' },
    });
    expect(bioOnly.engage).toMatchObject({ source: 'bio', text: 'Knitter and lighthouse fan.' });
    expect(verdict({ draft: 'Hi there' }).engage).toBeNull();
  });
});

describe('interests', () => {
  it('are 3–5 phrases from their own text, without filler words', () => {
    const v = verdict({ draft: 'Hi Ines', recipient: dev });
    expect(v.interests.length).toBeGreaterThanOrEqual(3);
    expect(v.interests.length).toBeLessThanOrEqual(5);
    const text = `${dev.bio} ${dev.posts.join(' ')}`.toLowerCase();
    for (const i of v.interests) {
      for (const word of i.label.split(/\s+/)) expect(text).toContain(word.toLowerCase());
    }
    const labels = v.interests.map((i) => i.label);
    for (const filler of ['else', 'waiting', 'answer', 'days', 'two'])
      expect(labels).not.toContain(filler);
  });

  it('are ticked only when the draft uses them', () => {
    const v = verdict({ draft: 'Your Postgres partial index thread was great', recipient: dev });
    const touched = v.interests.filter((i) => i.touched).map((i) => i.label);
    expect(touched.length).toBeGreaterThan(0);
    for (const label of touched) {
      expect(label.split(/\s+/).some((w) => /postgres|partial|index/.test(w))).toBe(true);
    }
    const none = verdict({ draft: 'We sell office chairs.', recipient: dev });
    expect(none.interests.filter((i) => i.touched)).toEqual([]);
  });
});
