// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { SettingsPatch } from '../../src/shared/settings-patch';
import { NOW } from './fixtures';
import { callsOf, renderPopup } from './helpers';

afterEach(cleanup);

const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string | RegExp, value: string) =>
  fireEvent.input(input(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
/** The patches the popup sent: only the fields that changed. */
const saved = (api: ReturnType<typeof renderPopup>['api']) =>
  callsOf(api, 'patchSettings').map((c) => c.args[0] as SettingsPatch);

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
    // Shown as scores, stored as offsets from the fitted lines (70 and 40); the patch holds the
    // changed fields and nothing else (no mutes, no pause).
    expect(saved(api)[0]).toEqual({
      gate: 'strict',
      profileRetentionDays: 90,
      engine: {
        strictness: { send: 10, hold: 10 },
        dailyBudget: 60,
        hourlyBudget: 8,
        triggerPhrases: ['act now', 'limited time'],
        trustedDomains: ['acme.com', 'shop.acme.com'],
        brandProfile: 'Specialty coffee roaster',
      },
    });
    expect(api.state.settings.engine.dailyBudget).toBe(60);
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
    await waitFor(() => expect(callsOf(api, 'unmuteConversation')).toHaveLength(1));
    expect(callsOf(api, 'unmuteConversation')[0]!.args).toEqual(['111-222']);
    expect(saved(api)).toEqual([]);
    expect(api.state.settings.mutedConversations).toEqual(['333-444', '555-666']);
    expect(api.state.settings.mutedPeople).toEqual({ '333-444': { name: 'Bob' } });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /back on for @alice/ })).toBeNull(),
    );
  });

  it('a mute made from the card while the popup is open survives a save and an unmute here', async () => {
    const { api } = renderPopup(
      { settings: { ...DEFAULT_SETTINGS, mutedConversations: ['111-222'] } },
      'settings',
    );
    await screen.findByLabelText('Worth sending at or above');
    // The worker stores a mute from the panel; the popup's copy does not have it yet.
    api.state.settings = {
      ...api.state.settings,
      mutedConversations: ['111-222', '777-888'],
      mutedPeople: { '777-888': { handle: 'carol' } },
    };
    type('DMs per day', '60');
    save();
    await waitFor(() => expect(saved(api)).toHaveLength(1));
    expect(saved(api)[0]).toEqual({ engine: { dailyBudget: 60 } });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Turn Worthy back on for Conversation 111-222' }),
    );
    await waitFor(() => expect(callsOf(api, 'unmuteConversation')).toHaveLength(1));
    expect(api.state.settings).toMatchObject({
      mutedConversations: ['777-888'],
      mutedPeople: { '777-888': { handle: 'carol' } },
      engine: { dailyBudget: 60 },
    });
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
    // Nothing on the form changed, so nothing is sent that could touch the pause.
    expect(saved(api)[0]).toEqual({});
    expect(api.state.settings.pausedUntil).toBe(NOW + 1000);
  });
});
