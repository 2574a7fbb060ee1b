import { describe, expect, test } from 'vitest';
import { parseInput, score } from '../../../../src/engine/index';
import { signalDef } from '../../../../src/engine/registry';
import { followUpDetector } from '../../../../src/engine/signals/conversation/follow-up';
import { pitchDetector } from '../../../../src/engine/signals/conversation/pitch';
import { serviceDetector } from '../../../../src/engine/signals/conversation/service';
import { analysis, ids, NOW } from '../sending/helpers';

const them = (text: string) => ({ from: 'them' as const, text });
/** The verdict for `draft` as a reply in the ASK thread. */
function scored(draft: string) {
  const r = parseInput({ draft, messages: ASK, now: NOW });
  if (!r.ok) throw new Error(r.error);
  return score(r.input);
}
const me = (text: string) => ({ from: 'me' as const, text });

const ASK = [
  them('Hi, where is my order #58213? It has been a week and the tracking page is empty.'),
];
const PITCH =
  'Check out our new winter collection, 30% off with code WINTER30 this week only: https://shop.example.com/winter';
const ANSWER =
  "Sorry for the trouble! I've checked order #58213: it shipped yesterday, tracking number 1Z999AA10123456784.";

describe('service-reply', () => {
  test.each([
    ['an order update', true, ANSWER],
    [
      'how-to steps',
      true,
      "Here's how to reset it:\n1. Open Settings\n2. Tap Reset\nHope this helps!",
    ],
    ['a refund', true, 'Your refund has been issued and should show up in 3-5 days.'],
    ['a pitch', false, PITCH],
    ['small talk', false, 'Great meeting you at the conference yesterday!'],
  ])('%s → %s', (_, fires, draft) => {
    const f = serviceDetector.run(analysis({ draft, messages: ASK }));
    expect(ids(f).includes('service-reply')).toBe(fires);
    for (const s of f) {
      expect(s.value).toBe(1);
      expect(s.evidence.length).toBeGreaterThan(0);
    }
  });
  test('raises the score and is English-only', () => {
    expect(signalDef('service-reply')).toMatchObject({ effect: 'raises', englishOnly: true });
  });
});

describe('pitch-ignores-question / pitch-in-support-thread', () => {
  test.each([
    ['pitch ignoring the open question', 'pitch-ignores-question', PITCH, ASK],
    ['answer to the question', null, ANSWER, ASK],
    [
      'pitch that also answers the order question',
      'pitch-in-support-thread',
      `Your order #58213 shipped yesterday, tracking is on the way. ${PITCH}`,
      ASK,
    ],
    [
      'pitch in a support thread with no open question',
      'pitch-in-support-thread',
      PITCH,
      [them('Thanks for sorting the refund on my jacket so quickly!')],
    ],
    ['pitch in a cold DM (not this detector)', null, PITCH, []],
    [
      'sorry + coupon is service recovery',
      null,
      "Sorry for the trouble with your order, I've refunded the shipping. Here's 20% off next time: code SORRY20",
      ASK,
    ],
    [
      'a new collection offered instead of an answer',
      'pitch-ignores-question',
      'Have you seen our new spring collection?',
      ASK,
    ],
    [
      'non-English pitch with price and link',
      'pitch-ignores-question',
      'Nuevo curso de marketing por solo 49€, inscríbete aquí: https://curso.example.com',
      [them('¿Dónde está mi pedido? Ya pasó una semana.')],
    ],
  ])('%s → %s', (_, expected, draft, messages) => {
    const f = pitchDetector.run(analysis({ draft, messages }));
    expect(f[0]?.id ?? null).toBe(expected);
    if (expected === 'pitch-ignores-question') {
      expect(f[0]!.quotes?.[0]).toMatchObject({ source: 'thread', text: messages[0]!.text });
      expect(f[0]!.value).toBeGreaterThan(0);
    }
  });

  test('a pitch instead of the answer costs more than an answer with a plug', () => {
    const ignore = scored(PITCH);
    const plug = scored(`Your order #58213 shipped yesterday, tracking is on the way. ${PITCH}`);
    expect(ignore.verdict).toBe('hold');
    expect(plug.score).toBeGreaterThan(ignore.score);
    expect(scored(ANSWER).score).toBeGreaterThan(plug.score);
  });

  test('another pitch after a clear no', () => {
    const f = pitchDetector.run(
      analysis({
        draft: 'I hear you, but could I grab 15 minutes Thursday to show you the numbers?',
        messages: [me('Want a free SEO audit?'), them('No thanks, not interested.')],
      }),
    );
    expect(ids(f)).toEqual(['repitch-after-no']);
    const polite = pitchDetector.run(
      analysis({
        draft: 'No problem at all, thanks for letting me know. Good luck with the season!',
        messages: [me('Want a free SEO audit?'), them('No thanks, not interested.')],
      }),
    );
    expect(polite).toEqual([]);
  });

  test('trusted links are not pitch markers', () => {
    const draft = 'Here is our returns page: https://shop.example.com/returns, it covers zippers.';
    const f = pitchDetector.run(
      analysis({ draft, messages: ASK, settings: { trustedDomains: ['shop.example.com'] } }),
    );
    expect(f).toEqual([]);
  });
});

describe('follow-up-unanswered', () => {
  // The draft is message run + 1: one polite follow-up is fine, each further chase weighs more,
  // and "again" is pressure (+0.5) from the second chase on.
  test.each([
    ['first message', null, []],
    ['one unanswered: a first follow-up is fine', null, [me('Hi!')]],
    ['two unanswered, never replied', 1.5, [me('Hi!'), me('Any thoughts?')]],
    ['three unanswered: the fourth message', 3, [me('Hi!'), me('Any thoughts?'), me('Bump')]],
    ['they replied, then two of mine', 1.5, [me('Hi!'), them('Maybe later'), me('Ok'), me('Now?')]],
    ['four unanswered', 4, [me('Hi!'), them('Maybe later'), me('a'), me('b'), me('c'), me('d')]],
    ['they wrote last', null, [me('Hi!'), me('Hello?'), them('Yes?')]],
  ] as const)('%s → %s', (_, expected, messages) => {
    const f = followUpDetector.run(
      analysis({ draft: 'Just checking in again!', messages: [...messages] }),
    );
    expect(f[0]?.value ?? null).toBe(expected);
    if (f[0]) expect(f[0].evidence).toEqual([]);
  });

  test('without pressure the second chase weighs less', () => {
    const f = followUpDetector.run(
      analysis({ draft: 'No rush, whenever suits you.', messages: [me('Hi!'), me('Thoughts?')] }),
    );
    expect(f[0]?.value).toBe(1);
  });
});

describe('through score()', () => {
  test('a support reply outscores a pitch in the same customer thread', () => {
    expect(scored(ANSWER).score).toBeGreaterThan(scored(PITCH).score);
    expect(scored(ANSWER).verdict).toBe('send');
  });
});
