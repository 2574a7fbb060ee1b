import { beforeAll, describe, expect, it } from 'vitest';
import { type EngineInput, parseInput, score, type Verdict } from '../../../src/engine/index';
import { WordVectors } from '../../../src/engine/relevance/word-vectors';
import { loadVectors } from '../../../src/node/load-vectors';

let vectors: WordVectors;
beforeAll(async () => {
  vectors = await loadVectors();
});

function run(raw: EngineInput, withVectors = true): Verdict {
  const p = parseInput(raw);
  if (!p.ok) throw new Error(p.error);
  return score(p.input, withVectors ? { vectors } : {});
}
const ids = (v: Verdict) => v.signals.filter((s) => s.axis === 'relevance').map((s) => s.id);

const runner = {
  handle: 'sarahruns',
  name: 'Sarah Lee',
  bio: 'Marathoner. Coffee addict. Coaching first-time runners in Boston.',
  location: 'Boston, MA',
  posts: [
    '18 miles today, legs are toast but the taper starts next week',
    'Best running shoes for wide feet? Asking for a friend',
    'Coffee before long runs: yes or no?',
    'Boston qualifier attempt #3 is in October',
  ],
};
const question = [{ from: 'them' as const, text: 'My order never arrived, can you help?' }];

const cases: {
  name: string;
  input: EngineInput;
  fires: string[];
  quiet: string[];
  min?: number;
  max?: number;
  /** The case whose relevance this one must stay clearly below. */
  below?: string;
}[] = [
  {
    name: 'specific on-topic cold DM referencing their post',
    input: {
      draft:
        'Hey Sarah, saw your 18 miles post. How are you planning the taper before your October Boston qualifier attempt? I coach marathon training blocks.',
      recipient: runner,
    },
    fires: ['topic-match', 'references-their-post'],
    quiet: ['off-topic', 'generic-flattery', 'merge-field-only'],
    min: 0.7,
  },
  {
    name: 'generic pitch with flattery',
    input: {
      draft:
        'Hi! I came across your profile and loved your content. We help brands grow their audience with our marketing service. Interested?',
      recipient: runner,
    },
    fires: ['generic-flattery'],
    quiet: ['references-their-post'],
    below: 'specific on-topic cold DM referencing their post',
  },
  {
    name: 'merge-field-only pitch',
    input: {
      draft: 'Hi Sarah, we help businesses grow revenue with our marketing platform. Want a demo?',
      recipient: runner,
    },
    fires: ['merge-field-only'],
    quiet: ['references-their-post', 'generic-flattery'],
    below: 'specific on-topic cold DM referencing their post',
  },
  {
    name: 'off-topic cold DM',
    input: {
      draft: 'Our new payroll software handles invoices and tax filings.',
      recipient: runner,
    },
    fires: ['off-topic'],
    quiet: ['topic-match', 'references-their-post'],
    max: 0.45,
  },
  {
    name: 'customer-service answer to their open question',
    input: {
      draft:
        "Hi, I've checked your order and the replacement ships tomorrow; here is your tracking link.",
      recipient: runner,
      messages: question,
    },
    fires: ['answers-their-question'],
    quiet: ['ignores-their-question', 'off-topic'],
    min: 0.7,
  },
  {
    name: 'reply that ignores their question',
    input: {
      draft: 'Have you seen our new spring collection?',
      recipient: runner,
      messages: question,
    },
    fires: ['ignores-their-question'],
    quiet: ['answers-their-question'],
    max: 0.35,
  },
  {
    name: 'ongoing thread, picking up their last message',
    input: {
      draft: 'Great question about the taper: cut the mileage by a third in the last two weeks.',
      recipient: runner,
      messages: [
        { from: 'me', text: 'Hi Sarah, loved the qualifier post!' },
        { from: 'them', text: 'Thanks! Any tips on the taper and mileage before race day.' },
      ],
    },
    fires: ['follows-the-thread'],
    quiet: ['generic-flattery', 'merge-field-only'],
  },
  {
    name: 'offer that fits their interests',
    input: {
      draft: 'Hey, we make running shoes for wide feet, would you be interested in a free pair?',
      recipient: runner,
      settings: { brandProfile: 'Running shoes for wide feet and long-distance runners' },
    },
    fires: ['offer-fits-interests'],
    quiet: ['offer-off-interests'],
  },
  {
    name: 'offer from a brand off their interests',
    input: {
      draft: 'Would you be interested in a free trial of our product?',
      recipient: runner,
      settings: { brandProfile: 'B2B accounting software for payroll, invoices and tax filings' },
    },
    fires: ['offer-off-interests'],
    quiet: ['offer-fits-interests'],
  },
  {
    name: 'nothing known of the recipient',
    input: {
      draft: 'Hi, I came across your profile and loved your content!',
      recipient: { handle: 'x' },
    },
    fires: ['nothing-known'],
    quiet: ['generic-flattery', 'topic-match', 'off-topic'],
  },
];

describe('relevance signals', () => {
  it.each(cases)('$name', ({ input, fires, quiet, min, max, below }) => {
    const v = run(input);
    if (below) {
      const better = run(cases.find((c) => c.name === below)!.input);
      expect(v.relevance!).toBeLessThan(better.relevance! - 0.1);
    }
    const got = ids(v);
    for (const id of fires) expect(got, `${id} should fire`).toContain(id);
    for (const id of quiet) expect(got, `${id} should stay quiet`).not.toContain(id);
    if (min !== undefined) expect(v.relevance).toBeGreaterThanOrEqual(min);
    if (max !== undefined) expect(v.relevance).toBeLessThanOrEqual(max);
  });

  it('returns null relevance and only an info signal when nothing is known', () => {
    const v = run({ draft: 'Hello there, quick question about your work.' });
    expect(v.relevance).toBeNull();
    const rel = v.signals.filter((s) => s.axis === 'relevance');
    expect(rel.map((s) => [s.id, s.weight])).toEqual([['nothing-known', 0]]);
  });

  it('keeps evidence inside the draft, matching its text', () => {
    for (const c of cases) {
      const v = run(c.input);
      for (const s of v.signals.filter((x) => x.axis === 'relevance')) {
        expect(s.message.length).toBeGreaterThan(10);
        for (const e of s.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(c.input.draft.length);
          expect(c.input.draft.slice(e.start, e.end)).toBe(e.text);
        }
      }
    }
  });

  it('quotes real recipient text', () => {
    const v = run(cases[1]!.input);
    const s = v.signals.find((x) => x.id === 'generic-flattery')!;
    expect(s.quotes?.length).toBeGreaterThan(0);
    const q = s.quotes![0]!;
    expect(q.source === 'post' ? runner.posts[q.index!] : runner.bio).toContain(
      q.text.replace('…', ''),
    );
    expect(v.suggestions.some((x) => x.signals.includes('generic-flattery'))).toBe(true);
  });
});

describe('meaning beyond shared words', () => {
  it('finds "marathon training" relevant to someone who posts "18 miles today"', () => {
    const recipient = { posts: ['18 miles today, legs are toast', 'Long run done before sunrise'] };
    const on = run({ draft: 'How is your marathon training going?', recipient });
    const off = run({ draft: 'How is your sourdough starter going?', recipient });
    expect(ids(on)).toContain('topic-match');
    expect(on.relevance!).toBeGreaterThan(off.relevance!);
    const flat = run({ draft: 'How is your marathon training going?', recipient }, false);
    expect(ids(flat)).not.toContain('topic-match');
  });
});

describe('interests', () => {
  it('quotes the recipient text they came from and marks touched ones', () => {
    const v = run(cases[0]!.input);
    expect(v.interests.length).toBeGreaterThan(0);
    expect(v.interests.length).toBeLessThanOrEqual(12);
    for (const i of v.interests) {
      const from =
        i.source === 'post'
          ? runner.posts[i.index!]!
          : i.source === 'bio'
            ? runner.bio
            : runner.location;
      expect(from).toContain(i.quote.replace('…', ''));
      expect(i.weight).toBeGreaterThan(0);
      expect(i.weight).toBeLessThanOrEqual(1);
    }
    expect(v.interests.some((i) => i.touched)).toBe(true);
    const none = run({ draft: 'Payroll software for invoices.', recipient: runner });
    expect(none.interests.filter((i) => i.touched && i.source !== 'location')).toEqual([]);
  });

  it('is empty when nothing is known', () => {
    expect(run({ draft: 'Hi there' }).interests).toEqual([]);
  });
});

describe('non-English drafts', () => {
  it.each([
    'Hola Sarah, ¿quieres probar nuestro producto? Es muy bueno para ti y tu equipo.',
    'Bonjour, je voudrais vous présenter notre nouvelle application pour les entreprises.',
    'Hallo, wir haben ein neues Produkt für dich und dein Team.',
    'こんにちは、新しい製品をご紹介したいです。',
  ])('does not misfire on %s', (draft) => {
    // English meaning (off-topic) and English compliments are not judged in other languages; a
    // reply that does not answer is judged in any language (see answer.test.ts).
    const v = run({ draft, recipient: runner });
    const got = ids(v);
    for (const id of ['off-topic', 'generic-flattery', 'ignores-their-question']) {
      expect(got).not.toContain(id);
    }
  });

  it('still credits shared words in another language', () => {
    const r = { posts: ['Entrenamiento de maratón en Madrid, 30 kilómetros hoy'] };
    const v = run({
      draft: '¿Cómo va tu entrenamiento de maratón en Madrid?',
      recipient: r,
      language: 'es',
    });
    expect(ids(v)).toContain('topic-match');
  });
});

describe('WordVectors', () => {
  it('round-trips a tiny synthetic buffer', () => {
    const vocab = 'the\ncat\ndog\ncar\n';
    const bytes = new Int8Array([10, 0, 0, 0, 100, 20, 0, 90, 30, 0, 0, 120]);
    const wv = WordVectors.fromBuffers(vocab, new Uint8Array(bytes.buffer));
    expect(wv.dims).toBe(3);
    expect(wv.size).toBe(4);
    expect(wv.lookup('dog')).toBe(2);
    expect(wv.lookup("cat's")).toBe(1);
    expect(wv.lookup('bird')).toBe(-1);
    expect(wv.rank('bird')).toBe(4);
    expect(wv.wordSimilarity('cat', 'dog')).toBeGreaterThan(wv.wordSimilarity('cat', 'car'));
    expect(wv.embed(['bird'])).toBeNull();
    const e = wv.embed(['cat', 'dog'])!;
    expect(Math.hypot(...e)).toBeCloseTo(1, 5);
    expect(() => WordVectors.fromBuffers('a\nb\n', new Uint8Array(3))).toThrow();
  });

  it('reads common-direction rows from the asset format', () => {
    const wv = WordVectors.fromBuffers('a\nb\n#common0\n', new Uint8Array([1, 0, 0, 1, 127, 0]));
    expect(wv.size).toBe(2);
    expect(wv.common.length).toBe(1);
    expect(wv.lookup('#common0')).toBe(-1);
  });

  it('loads the shipped asset quickly enough for a service worker', async () => {
    expect(vectors.size).toBeGreaterThan(10_000);
    expect(vectors.dims).toBe(100);
    expect(vectors.common.length).toBe(3);
  });
});
