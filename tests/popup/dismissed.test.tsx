// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dismissal } from '../../src/shared/dismissals';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { callsOf, renderPopup } from './helpers';

afterEach(cleanup);

const AT = 1_700_000_000_000;
const LIST: Dismissal[] = [
  { signal: 'false-deadline', scope: 'everywhere', key: '', at: AT },
  {
    signal: 'call-to-action',
    scope: 'recipient',
    key: 'alice',
    who: { handle: 'alice', name: 'Alice Runner' },
    at: AT + 1,
  },
  { signal: 'asks-for-credentials', scope: 'conversation', key: '111-222', at: AT + 2 },
];

describe('Settings: Not an issue here', () => {
  it('lists each choice by reason and place, newest first, never by conversation id', async () => {
    renderPopup({ settings: { ...DEFAULT_SETTINGS, dismissals: LIST } }, 'settings');
    const buttons = await screen.findAllByRole('button', { name: /^Count again:/ });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Count again: “Asks for a secret” in one conversation',
      'Count again: “Pushy call to action” for @alice (Alice Runner)',
      'Count again: “Ultimatum” everywhere',
    ]);
    expect(screen.queryByText(/111-222/)).toBeNull();
  });

  it('Count again removes exactly that choice', async () => {
    const { api } = renderPopup(
      { settings: { ...DEFAULT_SETTINGS, dismissals: LIST } },
      'settings',
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Count again: “Ultimatum”/ }));
    // By the choice itself (the worker removes it from the list as stored), never a whole list.
    await waitFor(() => expect(callsOf(api, 'forgetDismissal')).toHaveLength(1));
    expect(callsOf(api, 'forgetDismissal')[0]!.args[0]).toEqual(LIST[0]);
    expect(callsOf(api, 'patchSettings')).toHaveLength(0);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /^Count again: “Ultimatum”/ })).toBeNull(),
    );
  });

  it('says how to set a reason aside when there is none', async () => {
    renderPopup({}, 'settings');
    expect(await screen.findByText(/choose “Not an issue here” on a reason/)).toBeTruthy();
  });
});
