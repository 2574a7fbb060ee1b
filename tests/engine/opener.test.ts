/**
 * "A fix you can use": opener lines built from the recipient's own words, scored by the engine
 * before they are offered. Only a line that is itself `send` for that recipient, thread and
 * history is offered; the wording varies by recipient and draft; nothing beats a bad line.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, type EngineInput, parseInput } from '../../src/engine/index';
import { firstName, fragments } from '../../src/engine/opener/fragment';
import {
  acceptable,
  MAX_SCORED,
  openerCandidates,
  suggestOpener,
} from '../../src/engine/opener/index';

const engine = createEngine();
const NOW = Date.parse('2026-11-23T10:00:00Z');
const ALICE = {
  handle: 'alice',
  name: 'Alice Runner',
  bio: 'Marathoner & trail racer. Coaching beginners from couch to 42k. Powered by coffee.',
  posts: [
    'Sub-3 marathon in Berlin this morning! 2:58:41, negative split, no wall. Thank you all 🏃‍♀️',
    'Signed up for the 50k trail race in Chamonix. Any tips for long technical descents?',
    'Hot take: a flat white before a long run is performance-enhancing. ☕',
  ],
};
const PITCH =
  'Hey!! Quick question - want 10x more leads? Our AI growth tool is 50% OFF today only, click https://bit.ly/3xYz now!!!';

function parsed(input: EngineInput) {
  const p = parseInput({ now: NOW, ...input });
  if (!p.ok) throw new Error(p.error);
  return p.input;
}

function offer(input: EngineInput) {
  const p = parsed(input);
  return suggestOpener(engine, p, engine.score(p));
}

describe('the opener offered', () => {
  it('quotes their post and itself scores send for them', () => {
    const input = { draft: PITCH, recipient: ALICE };
    const line = offer(input);
    expect(line).not.toBeNull();
    expect(line!.source).toBe('post');
    expect(line!.text).toMatch(/^Hi Alice\b/);
    expect(line!.text).toContain('Sub-3 marathon in Berlin this morning');
    const v = engine.score(parsed({ ...input, draft: line!.text }));
    expect(v.verdict).toBe('send');
    expect(v.score).toBe(line!.score);
    expect(acceptable(v)).toBe(true);
  });

  it('quotes their bio when that is all Worthy knows of them', () => {
    const line = offer({
      draft: PITCH,
      recipient: { handle: 'alice', name: 'Alice', bio: ALICE.bio },
    });
    expect(line?.source).toBe('bio');
    expect(line?.text).toContain('Marathoner & trail racer');
  });

  it('is the same for the same recipient and draft', () => {
    const input = { draft: PITCH, recipient: ALICE };
    expect(offer(input)).toEqual(offer(input));
  });

  it('varies its wording from one draft to the next (never one blanket line)', () => {
    const drafts = ['Hi', 'Hello there', 'DM me', 'Check my site', 'Quick question', 'Hey you'];
    const lines = new Set(drafts.map((d) => offer({ draft: d, recipient: ALICE })?.text));
    expect(lines.size).toBeGreaterThanOrEqual(3);
  });

  it('differs between two recipients given the same draft', () => {
    const bob = {
      handle: 'bob',
      name: 'Bob Buyer',
      posts: ['Anyone else obsessed with mechanical keyboards and tactile switches?'],
    };
    const a = offer({ draft: PITCH, recipient: ALICE });
    const b = offer({ draft: PITCH, recipient: bob });
    expect(a?.text).not.toEqual(b?.text);
    expect(b?.text).toContain('mechanical keyboards');
  });

  it('skips a wording already sent to many people and offers another', () => {
    const input = { draft: PITCH, recipient: ALICE };
    const first = offer(input)!;
    const history = Array.from({ length: 8 }, (_, i) => ({
      recipient: `someone${i}`,
      text: first.text,
      at: NOW - (i + 1) * 3_600_000,
    }));
    const next = offer({ ...input, history });
    expect(next).not.toBeNull();
    expect(next!.text).not.toBe(first.text);
    const v = engine.score(parsed({ ...input, history, draft: next!.text }));
    expect(v.verdict).toBe('send');
    expect(v.signals.filter((s) => s.points < 0 && s.id.includes('blanket'))).toEqual([]);
  });

  it('offers nothing rather than a line that is not worth sending', () => {
    // With the send line at 100 no line of theirs clears it.
    const strict = {
      draft: PITCH,
      recipient: ALICE,
      settings: { strictness: { send: 30, hold: 0 } },
    };
    expect(offer(strict)).toBeNull();
    // Nothing known of them: nothing to quote.
    expect(offer({ draft: PITCH, recipient: { handle: 'stan', name: 'Stan' } })).toBeNull();
  });

  it('offers nothing under a draft in another language (the wordings are English)', () => {
    const spanish =
      'Hola Alice, vi tu maratón en Berlín y me encantó. ¿Cómo entrenaste la segunda mitad de la carrera?';
    const p = parsed({ draft: spanish, recipient: ALICE });
    const v = engine.score(p);
    expect(v.language.english).toBe(false);
    expect(suggestOpener(engine, p, v)).toBeNull();
  });

  it('scores at most MAX_SCORED lines', () => {
    const p = parsed({
      draft: PITCH,
      recipient: ALICE,
      settings: { strictness: { send: 30, hold: 0 } },
    });
    let calls = 0;
    const counting = {
      score: (i: typeof p) => {
        calls++;
        return engine.score(i);
      },
    };
    suggestOpener(counting, p, engine.score(p));
    expect(calls).toBeLessThanOrEqual(MAX_SCORED);
    expect(openerCandidates(p, engine.score(p).engage).length).toBeGreaterThan(0);
  });
});

describe('the words quoted', () => {
  it('drop links, @handles, hashtag signs, emoji and a greeting', () => {
    const [f] = fragments(
      'Hi all! Thanks to @coachjoe, #strength work https://t.co/x helps 🏋️ tired runners',
    );
    expect(f?.text).toBe('Thanks to, strength work helps tired runners');
    expect(fragments('Hi, my order #4412 has not arrived, can you check?')[0]).toEqual({
      text: 'my order #4412 has not arrived, can you check',
      question: true,
    });
  });

  it('cut at a word, never ending on a function word, and skip sentences of one or two words', () => {
    const [f] = fragments(
      'Wow. I think the best part of the whole long race was the crowd at the end',
    );
    expect(f?.text.split(' ').length).toBeLessThanOrEqual(10);
    expect(f?.text).toBe('I think the best part of the whole long race');
    expect(f?.question).toBe(false);
  });

  it('greet by a plain first name only', () => {
    expect(firstName('Alice Runner')).toBe('Alice');
    expect(firstName('🏃 Alice')).toBeNull();
    expect(firstName(undefined)).toBeNull();
  });
});
