import { describe, expect, test } from 'vitest';
import { PACE, paceDetector } from '../../../../src/engine/signals/sending/pace';
import { analysis, MIN, NOW } from './helpers';

/** `n` sends to distinct people, spread evenly over `spanMin` minutes before NOW. */
const sends = (n: number, spanMin: number, prefix = 'p') =>
  Array.from({ length: n }, (_, i) => ({
    recipient: `${prefix}${i}`,
    text: `message ${i}`,
    at: NOW - Math.floor(((i + 0.5) * spanMin * MIN) / n),
  }));
/** The hit's level: its feature value named (near the budget, over it, near X's cap). */
const LEVEL = new Map<number, string>([
  [PACE.near, 'medium'],
  [PACE.over, 'high'],
  [PACE.cap, 'high'],
  [1, 'high'],
]);
const sev = (id: string, input: Parameters<typeof analysis>[0]) => {
  const hit = paceDetector.run(analysis({ draft: 'Hi there', ...input })).find((f) => f.id === id);
  return hit ? (LEVEL.get(hit.value) ?? `value ${hit.value}`) : null;
};

describe('pace-daily', () => {
  test.each([
    [79, 100, null],
    [80, 100, 'medium'],
    [99, 100, 'medium'],
    [100, 100, 'high'],
    [450, 10_000, 'high'],
  ] as const)('%i sends in 24 h, budget %i → %s', (n, budget, expected) => {
    expect(
      sev('pace-daily', { history: sends(n, 23 * 60), settings: { dailyBudget: budget } }),
    ).toBe(expected);
  });
  test('sends older than 24 h do not count, and the message names the cap', () => {
    const old = sends(150, 60).map((e) => ({ ...e, at: e.at - 25 * 60 * MIN }));
    expect(sev('pace-daily', { history: old })).toBe(null);
    const f = paceDetector.run(analysis({ draft: 'x', history: sends(100, 600) }));
    expect(f.find((x) => x.id === 'pace-daily')!.message).toMatch(/500/);
    expect(f.find((x) => x.id === 'pace-daily')!.evidence).toEqual([]);
  });
});

describe('pace-hourly (new people per hour)', () => {
  test.each([
    [15, null],
    [16, 'medium'],
    [20, 'high'],
  ] as const)('%i new people in the last hour (budget 20) → %s', (n, expected) => {
    expect(sev('pace-hourly', { history: sends(n, 59) })).toBe(expected);
  });
  test('people contacted before the hour are not new', () => {
    const earlier = sends(25, 30).map((e) => ({ ...e, at: e.at - 3 * 60 * MIN }));
    expect(sev('pace-hourly', { history: [...earlier, ...sends(25, 59)] })).toBe(null);
  });
});

describe('burst-new-contacts', () => {
  test.each([
    ['9 new in 10 min + this new one', 'high', sends(9, 9)],
    ['8 new in 10 min + this new one', null, sends(8, 9)],
    ['12 new over 40 min', null, sends(12, 40)],
  ] as const)('%s → %s', (_, expected, history) => {
    expect(sev('burst-new-contacts', { recipient: { handle: 'newbie' }, history })).toBe(expected);
  });
  test.each([
    ['a customer who wrote first', [{ from: 'them' as const, text: 'where is my order?' }]],
    [
      'an ongoing thread',
      [
        { from: 'me' as const, text: 'Loved your talk' },
        { from: 'them' as const, text: 'thanks!' },
      ],
    ],
  ])('a reply to %s is not held for a burst of other sends', (_, messages) => {
    expect(
      sev('burst-new-contacts', { recipient: { handle: 'cust' }, history: sends(14, 9), messages }),
    ).toBe(null);
  });
  test('a reply to someone who wrote first does not count as a new contact', () => {
    const history = sends(9, 9);
    expect(
      sev('burst-new-contacts', {
        recipient: { handle: 'cust' },
        history,
        messages: [{ from: 'them', text: 'hi?' }],
      }),
    ).toBe(null);
  });
});
