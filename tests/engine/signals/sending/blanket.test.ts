import { describe, expect, it, test } from 'vitest';
import { parseInput, score } from '../../../../src/engine/index';
import { blanketDetector, blanketValue } from '../../../../src/engine/signals/sending/blanket';
import { analysis, ids, MIN, NOW, PEOPLE, TEMPLATE, templateHistory } from './helpers';

const DRAFT = TEMPLATE('Ines', 'urban sketching');
const run = (input: Parameters<typeof analysis>[0]) => blanketDetector.run(analysis(input));

describe('blanket-sending', () => {
  it('10th near-identical cold DM to 10 different recipients is high', () => {
    const history = templateHistory(9);
    const f = run({ draft: DRAFT, recipient: { handle: 'ines', name: 'Ines' }, history });
    const b = f.find((x) => x.id === 'blanket-sending')!;
    expect(b.value).toBeGreaterThanOrEqual(2);
    expect(b.message).toContain('9 other people');
    expect(b.message).toMatch(/last \d+ minutes/);
    expect(b.evidence).toEqual([{ start: 0, end: DRAFT.length, text: DRAFT }]);

    const ten = run({ draft: DRAFT, recipient: { handle: 'ines' }, history: templateHistory(10) });
    expect(ten[0]!.value).toBeGreaterThan(b.value);
  });

  it('drives the verdict to hold through score()', () => {
    const r = parseInput({
      draft: DRAFT,
      recipient: { handle: 'ines' },
      history: templateHistory(9),
      now: NOW,
    });
    if (!r.ok) throw new Error(r.error);
    const v = score(r.input);
    expect(v.signals.map((s) => s.id)).toContain('blanket-sending');
    expect(v.verdict).toBe('hold');
  });

  test.each([
    [0, 0],
    [1, 0],
    [2, 0.5],
    [3, 1],
    [4, 1.33],
    [5, 1.59],
    [10, 2.39],
    [40, 3.99],
    [80, 4],
  ] as const)('%i other recipients → value %f', (n, value) => {
    expect(blanketValue(n)).toBeCloseTo(value, 2);
    if (n > 11) return;
    const f = run({ draft: DRAFT, recipient: { handle: 'ines' }, history: templateHistory(n) });
    expect(f.find((x) => x.id === 'blanket-sending')?.value ?? 0).toBeCloseTo(value, 2);
  });

  test.each([
    [
      'an unrelated history',
      PEOPLE.slice(0, 6).map(([who], i) => ({
        recipient: who,
        text: `Hey ${who}, great seeing you at the meetup on ${i}th, let's grab coffee and talk about your compiler talk`,
        at: NOW - i * MIN,
      })),
    ],
    [
      'old sends (over 7 days)',
      templateHistory(6).map((e) => ({ ...e, at: e.at - 8 * 24 * 60 * MIN })),
    ],
    [
      'fingerprinted sends far in the future',
      templateHistory(6).map((e) => ({ ...e, at: NOW + 60 * MIN })),
    ],
  ])('does not fire on %s', (_, history) => {
    expect(ids(run({ draft: DRAFT, recipient: { handle: 'ines' }, history }))).not.toContain(
      'blanket-sending',
    );
  });

  it('does not fire on short drafts everyone gets ("thanks!")', () => {
    const history = PEOPLE.map(([who], i) => ({
      recipient: who,
      text: 'Thanks so much!',
      at: NOW - i * MIN,
    }));
    expect(run({ draft: 'Thanks so much!', history })).toEqual([]);
  });

  it('works from stored fingerprints as well as text', async () => {
    const { fingerprint } = await import('../../../../src/engine/text/fingerprint');
    const history = templateHistory(6).map(({ recipient, text, at }) => ({
      recipient,
      at,
      fingerprint: fingerprint(text, { names: [recipient] }),
    }));
    const fromText = run({
      draft: DRAFT,
      recipient: { handle: 'ines' },
      history: templateHistory(6),
    });
    const fromPrints = run({ draft: DRAFT, recipient: { handle: 'ines' }, history });
    expect(fromPrints[0]?.value).toBe(fromText[0]?.value);
    expect(fromPrints[0]?.value).toBeGreaterThan(1.5);
  });

  it('does not count earlier sends to the same recipient as other people', () => {
    const history = [1, 2, 3].map((h) => ({
      recipient: 'ines',
      text: DRAFT,
      at: NOW - h * 60 * MIN,
    }));
    const f = run({ draft: DRAFT, recipient: { handle: '@Ines' }, history });
    expect(ids(f)).toEqual(['repeated-to-same-recipient']);
    expect(f[0]!.value).toBeGreaterThan(1);
  });

  it('a support macro in customer-initiated threads counts a tenth as much', () => {
    const macro =
      "Thanks for reaching out! I'm sorry about the delay. Orders ship within 3 business days and you'll get a tracking link by email as soon as yours leaves the warehouse.";
    const history = PEOPLE.map(([who], i) => ({
      recipient: who,
      text: macro,
      at: NOW - i * 10 * MIN,
    }));
    const thread = [{ from: 'them' as const, text: 'When will my order ship?' }];
    const support = run({ draft: macro, recipient: { handle: 'zed' }, history, messages: thread });
    const cold = run({ draft: macro, recipient: { handle: 'zed' }, history });
    const s = support.find((x) => x.id === 'blanket-sending')!;
    const c = cold.find((x) => x.id === 'blanket-sending')!;
    expect(c.value).toBeGreaterThan(2);
    expect(s.value).toBeLessThanOrEqual(c.value * 0.1);
    expect(s.message).not.toBe(c.message);
  });
});

describe('repeated-to-same-recipient', () => {
  test.each([
    [
      'same text sent before in history',
      true,
      { history: [{ recipient: 'ines', text: DRAFT, at: NOW - 60 * MIN }] },
    ],
    ['same text earlier in the thread', true, { messages: [{ from: 'me' as const, text: DRAFT }] }],
    [
      'a different follow-up',
      false,
      {
        messages: [
          {
            from: 'me' as const,
            text: 'Hi Ines, did you get a chance to look at the sketchbook I mentioned on Friday?',
          },
        ],
      },
    ],
    [
      'same text to someone else',
      false,
      { history: [{ recipient: 'omar', text: DRAFT, at: NOW - 60 * MIN }] },
    ],
  ])('%s → %s', (_, fires, extra) => {
    const f = run({ draft: DRAFT, recipient: { handle: 'ines', name: 'Ines' }, ...extra });
    expect(ids(f).includes('repeated-to-same-recipient')).toBe(fires);
  });
});
