// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lastSevenDays } from '../../src/popup/history/days';
import { HISTORY, NOW } from './fixtures';
import { renderPopup } from './helpers';

afterEach(cleanup);

describe('History tab', () => {
  it('shows today and this week against the budget, and the shares held and sent anyway', async () => {
    renderPopup({ history: HISTORY }, 'history');
    expect(await screen.findByText('12/40')).toBeTruthy();
    expect(screen.getByText('64')).toBeTruthy();
    expect(screen.getByText('14%')).toBeTruthy(); // 9 held of 64 sent
    expect(screen.getByText('6%')).toBeTruthy(); // 4 sent anyway
    expect(screen.getByText('12 of 40')).toBeTruthy();
  });

  it('counts the sends that went out unchecked this week, and says nothing when there are none', async () => {
    renderPopup({ history: HISTORY }, 'history');
    expect(
      await screen.findByText(/^Sent unchecked this week: 2\. Worthy did not answer/),
    ).toBeTruthy();
    cleanup();
    renderPopup({ history: { ...HISTORY, week: { ...HISTORY.week, unchecked: 0 } } }, 'history');
    await screen.findByText('12/40');
    expect(screen.queryByText(/Sent unchecked/)).toBeNull();
  });

  it('draws a 7-day chart whose accessible label carries the numbers, with a hidden table', async () => {
    renderPopup({ history: HISTORY }, 'history');
    const chart = await screen.findByRole('img');
    const label = chart.getAttribute('aria-label')!;
    expect(label).toMatch(/^DMs sent per day, last 7 days\./);
    expect(label).toContain('Thu 30: 8 sent, 1 held');
    expect(label).toContain('Sun 2: 0 sent');
    expect(label).toContain('Wed 5: 12 sent, 3 held');
    expect(label).toContain('Daily budget 40.');
    expect(chart.querySelectorAll('rect.w-chart__sent')).toHaveLength(7);
    const table = screen.getByRole('table', { name: 'DMs sent per day, last 7 days' });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(
      within(table).getByRole('rowheader', { name: 'Mon 3' }).nextElementSibling?.textContent,
    ).toBe('14');
  });

  it('lists the most frequent signals and reused templates by count only', async () => {
    renderPopup({ history: HISTORY }, 'history');
    const ranked = (await screen.findByRole('heading', { name: 'What came up most' }))
      .parentElement!;
    expect([...ranked.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Shortened link × 9',
      'False urgency × 6',
      'Same text to many people × 4',
    ]);
    expect(screen.getByText(/Same message sent 7 times to 7 people/)).toBeTruthy();
  });

  it('says memory is off when storage is unavailable', async () => {
    renderPopup(
      { history: { ...HISTORY, storage: { available: false, counts: { profiles: 0, sends: 0 } } } },
      'history',
    );
    expect(await screen.findByText(/Memory is off, so Worthy can't keep a history/)).toBeTruthy();
  });

  it('shows an error when the summary cannot be loaded', async () => {
    renderPopup({ fail: { historySummary: 'store closed' } }, 'history');
    expect(await screen.findByText(/Couldn't load your history: store closed/)).toBeTruthy();
  });
});

describe('lastSevenDays', () => {
  it('fills missing days with zeros and ends today', () => {
    const days = lastSevenDays(HISTORY.perDay, NOW);
    expect(days.map((d) => d.day)).toEqual([
      '2025-10-30',
      '2025-10-31',
      '2025-11-01',
      '2025-11-02',
      '2025-11-03',
      '2025-11-04',
      '2025-11-05',
    ]);
    expect(days[3]).toEqual({ day: '2025-11-02', sent: 0, held: 0 });
  });
});
