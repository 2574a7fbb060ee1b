// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { NOW } from './fixtures';
import { callsOf, renderPopup } from './helpers';

afterEach(cleanup);

const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string | RegExp, value: string) =>
  fireEvent.input(input(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
const saved = (api: ReturnType<typeof renderPopup>['api']) =>
  callsOf(api, 'setSettings').map((c) => c.args[0] as Settings);

describe('Settings tab', () => {
  it('saves the form: gate, thresholds, budgets, trimmed and deduped lists, brand, retention', async () => {
    const { api } = renderPopup({}, 'settings');
    await screen.findByLabelText('Worth sending at or above');
    fireEvent.click(screen.getByRole('radio', { name: /Also hold drafts that need work/ }));
    type('Worth sending at or above', '80');
    type('Not worth sending below', '50');
    type('DMs per day', '60');
    type('New contacts per hour', '8');
    type('Phrases that sound pushy to you', '  act now \n\nAct Now\nlimited time  ');
    type(/Your own domains/, 'Acme.com\n acme.com\nshop.acme.com');
    type('What your account is about', '  Specialty coffee roaster ');
    type('Forget profiles after (days)', '90');
    save();
    await waitFor(() => expect(saved(api)).toHaveLength(1));
    const s = saved(api)[0]!;
    expect(s.gate).toBe('strict');
    // Shown as scores, stored as offsets from the fitted lines (70 and 40).
    expect(s.engine.strictness).toEqual({ send: 10, hold: 10 });
    expect(s.engine.dailyBudget).toBe(60);
    expect(s.engine.hourlyBudget).toBe(8);
    expect(s.engine.triggerPhrases).toEqual(['act now', 'limited time']);
    expect(s.engine.trustedDomains).toEqual(['acme.com', 'shop.acme.com']);
    expect(s.engine.brandProfile).toBe('Specialty coffee roaster');
    expect(s.profileRetentionDays).toBe(90);
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it.each([
    [
      'hold above send',
      'Not worth sending below',
      '90',
      /“Not worth sending below” \(90\) can't be higher than “Worth sending at or above” \(70\)/,
    ],
    [
      'a threshold over 100',
      'Worth sending at or above',
      '150',
      /“Worth sending at or above”: must be at most 100/,
    ],
    ['an empty budget', 'DMs per day', '', /Enter a number/],
    ['a fractional budget', 'New contacts per hour', '2.5', /Enter a whole number/],
    ['retention of 0 days', 'Forget profiles after (days)', '0', /at least 1/],
  ])(
    'shows the error for %s next to the field and saves nothing',
    async (_name, label, value, message) => {
      const { api } = renderPopup({}, 'settings');
      await screen.findByLabelText(label);
      type(label, value);
      save();
      await screen.findByText('Nothing saved: fix the fields marked above.');
      const field = input(label);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      const errorId = field
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-error'))!;
      expect(document.getElementById(errorId)?.textContent).toMatch(message);
      expect(saved(api)).toHaveLength(0);
    },
  );

  it('flags an over-long trigger phrase by its line', async () => {
    const { api } = renderPopup({}, 'settings');
    await screen.findByLabelText('Worth sending at or above');
    type('Phrases that sound pushy to you', `ok\n${'x'.repeat(201)}`);
    save();
    expect(await screen.findByText(/Line 2: too long/)).toBeTruthy();
    expect(saved(api)).toHaveLength(0);
  });

  it('pauses for an hour, until tomorrow, and resumes', async () => {
    const { api } = renderPopup({}, 'settings');
    fireEvent.click(await screen.findByRole('button', { name: 'Pause 1 hour' }));
    await waitFor(() => expect(saved(api)).toHaveLength(1));
    expect(saved(api)[0]!.pausedUntil).toBe(NOW + 3_600_000);
    fireEvent.click(screen.getByRole('button', { name: 'Until tomorrow' }));
    await waitFor(() => expect(saved(api)).toHaveLength(2));
    expect(saved(api)[1]!.pausedUntil).toBe(new Date(2025, 10, 6).getTime());
    fireEvent.click(await screen.findByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(saved(api)).toHaveLength(3));
    expect(saved(api)[2]!.pausedUntil).toBe(0);
  });

  it('lists muted conversations by the person, and removes one with its name', async () => {
    const { api } = renderPopup(
      {
        settings: {
          ...DEFAULT_SETTINGS,
          mutedConversations: ['111-222', '333-444', '555-666'],
          mutedPeople: {
            '111-222': { handle: 'alice', name: 'Alice' },
            '333-444': { name: 'Bob' },
          },
        },
      },
      'settings',
    );
    const list = (await screen.findByRole('heading', { name: 'Muted conversations' }))
      .parentElement!;
    expect([...list.querySelectorAll('li > span')].map((s) => s.textContent)).toEqual([
      '@alice (Alice)',
      'Bob',
      'Conversation 555-666',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Turn Worthy back on for @alice (Alice)' }));
    await waitFor(() => expect(saved(api)).toHaveLength(1));
    expect(saved(api)[0]!.mutedConversations).toEqual(['333-444', '555-666']);
    expect(saved(api)[0]!.mutedPeople).toEqual({ '333-444': { name: 'Bob' } });
  });

  it('keeps the save action last in view: the save bar ends the form', async () => {
    renderPopup({}, 'settings');
    const button = await screen.findByRole('button', { name: 'Save settings' });
    const form = button.closest('form')!;
    expect(button.closest('.p-savebar')).toBe(form.lastElementChild);
  });

  it('keeps the pause when the form is saved', async () => {
    const paused = { ...DEFAULT_SETTINGS, pausedUntil: NOW + 1000 };
    const { api } = renderPopup({ settings: paused }, 'settings');
    await screen.findByLabelText('Worth sending at or above');
    save();
    await waitFor(() => expect(saved(api)).toHaveLength(1));
    expect(saved(api)[0]!.pausedUntil).toBe(NOW + 1000);
  });
});
