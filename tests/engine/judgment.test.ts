/**
 * The verdicts issue 8 was about, through score() with the shipped vectors and fitted weights:
 * good replies that were nagged, hold-worthy DMs that were let through, and the cold bar.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine, type EngineInput, parseInput } from '../../src/engine/index';
import { MODEL } from '../../src/engine/model/index';
import { loadResources } from '../../src/node/load-resources';

let engine: Engine;
beforeAll(async () => {
  engine = createEngine(await loadResources());
});
const verdict = (raw: EngineInput) => {
  const p = parseInput(raw);
  if (!p.ok) throw new Error(p.error);
  return engine.score(p.input);
};
const them = (text: string) => ({ from: 'them' as const, text });
const me = (text: string) => ({ from: 'me' as const, text });
const NOW = Date.parse('2026-11-30T10:00:00Z');
const MIN = 60_000;

const birder = {
  handle: '@owlwatcher',
  name: 'Maya',
  bio: 'Birder. Owls, waders and early mornings on the estuary.',
  posts: [
    'First redshank of the spring at the estuary this morning',
    'Little owl back in the old oak again',
  ],
};
const teacher = {
  handle: '@mrs_hale',
  name: 'Anna Hale',
  bio: 'Year 4 teacher. Reading corner enthusiast.',
  posts: ['Our class made papier-mâché planets today', 'Marking 30 spelling tests with tea'],
};

describe('good replies are not nagged', () => {
  it.each<[string, EngineInput]>([
    [
      '"thanks!" in an ongoing thread',
      {
        draft: 'thanks!',
        messages: [me('could you send the final files?'), them('sent to your email just now')],
      },
    ],
    [
      'a yes to "did you end up going?"',
      {
        draft: 'yes!! it was great, ~25 people came',
        messages: [
          me('good luck tonight!'),
          them('thanks! did you end up going to the other one on friday?'),
        ],
      },
    ],
    [
      'the care line a customer asked for',
      {
        draft: 'Of course, our care line is 0345 600 3121, 8am–8pm every day.',
        messages: [them("My order hasn't arrived. Is there a phone number I can call?")],
      },
    ],
    [
      'the reset page after a suspicious login',
      {
        draft:
          "Thanks for flagging this. Please reset your password at https://acme.com/account/reset straight away. We'll never ask for your password or codes in DMs.",
        messages: [them('I got an email about a login from Brazil, that wasnt me!')],
      },
    ],
    [
      'an emoji to a request in a working chat',
      { draft: '👍', messages: [them('pushed the fix to staging, can you test after lunch?')] },
    ],
  ])('%s → send', (_name, raw) => {
    expect(verdict(raw).verdict).toBe('send');
  });

  it('an outage macro to 15 customers who each asked is not blanket spam', () => {
    const macro =
      "We're sorry, there's an outage affecting card payments. Engineers are on it; updates at https://status.acmepay.com. We'll let you know when it's fixed.";
    const history = Array.from({ length: 15 }, (_, i) => ({
      recipient: `@c${i}`,
      text: macro,
      at: NOW - (i + 1) * 4 * MIN,
    }));
    const v = verdict({
      draft: macro,
      recipient: { handle: '@c16' },
      messages: [them('card payments failing on your app, whats going on?')],
      history,
      now: NOW,
    });
    expect(v.verdict).toBe('send');
  });
});

describe('hold-worthy DMs are held', () => {
  it.each<[string, EngineInput]>([
    [
      'full card number "to process your refund"',
      {
        draft:
          'To process your refund please send me the full card number and the security code on the back.',
        messages: [them('I was charged twice, I want a refund')],
      },
    ],
    [
      'an insult to a customer',
      {
        draft: "If you had read the instructions you wouldn't be in this mess. Not our problem.",
        messages: [them('The blender stopped working after a week, what do I do?')],
      },
    ],
    [
      'a VIP upgrade instead of a refund',
      {
        draft:
          'Great news! You can upgrade to VIP for just £45 and get front-row seats 🎟️ Book now!',
        messages: [them('The show was cancelled. I want a refund please.')],
      },
    ],
    [
      'a stock non-answer to the fourth ask',
      {
        draft: 'Thank you for contacting us. We value your feedback. Have a great day!',
        messages: [
          them('When will my refund arrive?'),
          them('Hello? When does my refund arrive?'),
          them('Still waiting. When will my refund arrive??'),
          them('4th time asking: when does my refund arrive?'),
        ],
      },
    ],
    [
      'a refund moved to a personal WhatsApp',
      {
        draft:
          'Para agilizar tu reembolso escríbeme a mi WhatsApp personal +34 611 02 03 04 y te lo gestiono allí.',
        messages: [them('Me habéis cobrado dos veces, quiero el reembolso')],
      },
    ],
    [
      'a friendly chat turning to a trading platform',
      {
        draft:
          'Honestly I unwind from trading 😊 I make 15-20% a week on BTC, you only need $500 to start. Here: btc-arbix.pro',
        messages: [me('saw your trail photos!'), them('thank you! where do you hike?')],
      },
    ],
  ])('%s → hold', (_name, raw) => {
    expect(verdict(raw).verdict).toBe('hold');
  });
});

describe('the cold bar', () => {
  it('holds a cold DM that touches nothing they care about and personalises only by flattery', () => {
    const v = verdict({
      draft: "Hey! Love your content!! We'd love to work with you on something exciting",
      recipient: birder,
    });
    expect(v.verdict).toBe('hold');
    expect(v.signals.map((s) => s.id)).toContain('generic-flattery');
  });

  it('holds an off-topic "quick question" to a teacher', () => {
    expect(
      verdict({
        draft: "quick question: are you the right person for your company's marketing budget?",
        recipient: teacher,
      }).verdict,
    ).toBe('hold');
  });

  it('sends a cold DM that engages with their post', () => {
    const v = verdict({
      draft:
        'Hi Maya, your little owl in the old oak made my morning. Do you know if they nest there every spring? I volunteer with the estuary bird survey.',
      recipient: birder,
    });
    expect(v.verdict).toBe('send');
    expect(v.engage?.engaged).toBe(true);
  });

  it('holds the 12th near-identical pitch to a 12th recipient, however personal it looks', () => {
    const pitch = (name: string, topic: string) =>
      `Hey ${name}! Loved your recent post about ${topic} 🔥 I'm building a community of creators who monetise their audience. Open to a 10-min chat?`;
    const topics = [
      'sourdough',
      'knitting',
      'running',
      'owls',
      'pottery',
      'chess',
      'cycling',
      'yoga',
      'gardening',
      'comics',
      'baking',
    ];
    const history = topics.map((t, i) => ({
      recipient: `@p${i}`,
      text: pitch(`P${i}`, t),
      at: NOW - (i + 1) * 6 * MIN,
    }));
    const v = verdict({
      draft: pitch('Maya', 'owls at the estuary'),
      recipient: birder,
      history,
      now: NOW,
    });
    expect(v.verdict).toBe('hold');
    expect(v.signals.map((s) => s.id)).toContain('blanket-sending');
    expect(v.signals.map((s) => s.id)).not.toContain('references-their-post');
  });

  it('does not hold a clean cold DM to someone it knows nothing about', () => {
    expect(
      verdict({ draft: 'Hi! Are you still selling the blue bike from the market on Sunday?' })
        .verdict,
    ).not.toBe('hold');
  });
});

describe('the ledger adds up', () => {
  it.each<[string, EngineInput]>([
    ['a cold pitch', { draft: 'Claim your prize now at bit.ly/x!!', recipient: birder }],
    [
      'a relevant cold DM',
      { draft: 'Hi Maya, do the little owls nest in the old oak every spring?', recipient: birder },
    ],
    [
      'a customer reply',
      {
        draft: 'Your refund went out today, 3–5 working days.',
        messages: [them('When will my refund arrive?')],
      },
    ],
  ])('%s: score = context base + Σ points, clamped to 0..100', (_name, raw) => {
    const v = verdict(raw);
    const total = MODEL.base[v.context.kind] + v.signals.reduce((s, x) => s + x.points, 0);
    expect(v.score).toBe(Math.max(0, Math.min(100, Math.round(total))));
    for (const s of v.signals.filter(
      (x) => x.points < 0 && x.axis === 'spam' && x.id !== 'blanket-sending',
    )) {
      expect(s.evidence.length, s.id).toBeGreaterThan(0);
    }
  });
});
