import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { historySummary, recordSend, saveSettings } from '../../../src/background/store';
import { historySummarySchema } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { DAY, freshStore, HOUR, NOON, sendOf } from './helpers';

const PITCH =
  'Hi {name}, I came across your profile and think our growth platform could triple your ' +
  'followers in thirty days. Want a free demo this week? Reply yes and I will send the link.';
const pitchTo = (name: string, tweak = '') => PITCH.replace('{name}', name) + tweak;

beforeEach(() => {
  freshStore();
});

describe('historySummary', () => {
  it('is empty but valid with no history', async () => {
    const s = await historySummary(NOON);
    expect(historySummarySchema.parse(s)).toEqual(s);
    expect(s.today).toEqual({ sent: 0, held: 0, overridden: 0, unchecked: 0 });
    expect(s.perDay).toHaveLength(7);
    expect(s.templates).toEqual([]);
    expect(s.storage).toEqual({ available: true, counts: { profiles: 0, sends: 0 } });
  });

  it('counts today, the week and each day, with the budget from settings', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      engine: { ...DEFAULT_SETTINGS.engine, dailyBudget: 40 },
    });
    await recordSend(
      sendOf('a', 'one', NOON, { held: true, signals: ['pace-daily', 'promo-discount'] }),
    );
    await recordSend(
      sendOf('b', 'two', NOON + HOUR, {
        held: true,
        overridden: true,
        signals: ['promo-discount'],
      }),
    );
    await recordSend(sendOf('c', 'three', NOON - 2 * DAY, { signals: ['promo-discount'] }));
    await recordSend(sendOf('d', 'four', NOON - 6 * DAY));
    await recordSend(sendOf('e', 'five', NOON - 8 * DAY, { signals: ['call-to-action'] }));
    const s = await historySummary(NOON + 2 * HOUR);
    expect(historySummarySchema.safeParse(s).success).toBe(true);
    expect(s.dailyBudget).toBe(40);
    expect(s.today).toEqual({ sent: 2, held: 2, overridden: 1, unchecked: 0 });
    expect(s.week).toEqual({ sent: 4, held: 2, overridden: 1, unchecked: 0 });
    expect(s.perDay.map((d) => d.day)).toEqual([
      '2025-06-12',
      '2025-06-13',
      '2025-06-14',
      '2025-06-15',
      '2025-06-16',
      '2025-06-17',
      '2025-06-18',
    ]);
    expect(s.perDay.map((d) => d.sent)).toEqual([1, 0, 0, 0, 1, 0, 2]);
    expect(s.topSignals).toEqual([
      { id: 'promo-discount', count: 3 },
      { id: 'pace-daily', count: 1 },
    ]);
    expect(s.storage.counts).toEqual({ profiles: 0, sends: 5 });
  });

  it('finds near-identical sends to 3+ recipients this week, and only counts come out', async () => {
    const names = ['Sam', 'Alex', 'Jo', 'Priya'];
    for (const [i, n] of names.entries()) {
      await recordSend(
        sendOf(n.toLowerCase(), pitchTo(n, i === 3 ? ' Thanks!' : ''), NOON - i * HOUR),
      );
    }
    await recordSend(sendOf('sam', pitchTo('Sam'), NOON + HOUR)); // same person again
    // A template sent to only two people is not reported.
    await recordSend(
      sendOf('x1', 'Quick question about your newsletter sponsorship rates for next month', NOON),
    );
    await recordSend(
      sendOf('x2', 'Quick question about your newsletter sponsorship rates for next month', NOON),
    );
    // Old sends of the template are outside the week.
    await recordSend(sendOf('old', pitchTo('Old'), NOON - 9 * DAY));
    await recordSend(
      sendOf('friend', 'Are we still on for lunch on Friday at the usual place?', NOON),
    );
    const s = await historySummary(NOON + 2 * HOUR);
    expect(s.templates).toEqual([{ recipients: 4, count: 5, lastAt: NOON + HOUR }]);
    expect(JSON.stringify(s)).not.toMatch(/growth|platform|lunch/);
  });
});
