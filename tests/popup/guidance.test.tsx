// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { NO_DRAFT, NOW, STANDS_ASIDE, TAB_STATE, VERDICT } from './fixtures';
import { callsOf, renderPopup } from './helpers';

afterEach(cleanup);

describe('Guidance tab', () => {
  it('leads with the same summary as the card, then the whole ledger with highlighted evidence', async () => {
    renderPopup({ tabState: TAB_STATE });
    expect(await screen.findByText('Needs work')).toBeTruthy();
    expect(screen.getByText('48/100')).toBeTruthy();
    expect(screen.getByText('to @dana_brews (Dana)')).toBeTruthy();
    const reasons = [...document.querySelectorAll('.w-reason')].map((r) => r.textContent);
    expect(reasons).toEqual(['False urgency 50% OFFact now', 'Shortened link bit.ly/brew50']);
    expect(screen.getByText(VERDICT.suggestions[0]!.text)).toBeTruthy();

    const meters = screen.getAllByRole('meter');
    expect(meters.map((m) => m.getAttribute('aria-valuetext'))).toEqual(['62%', '41%']);
    const hurts = screen.getByRole('region', { name: 'What hurts' });
    expect(within(hurts).getByText(/Pressure to act fast/)).toBeTruthy();
    expect(within(hurts).getByText('+18 spam risk')).toBeTruthy();
    const helps = screen.getByRole('region', { name: 'What helps' });
    expect(within(helps).getByText(/You mention something they posted about/)).toBeTruthy();

    const marks = [...document.querySelectorAll('mark')];
    const bad = marks
      .filter((m) => m.classList.contains('w-hl--bad'))
      .map((m) => m.firstChild?.textContent);
    expect(bad).toEqual(['50% OFF', 'act now', 'bit.ly/brew50']);
    expect(marks.find((m) => m.classList.contains('w-hl--good'))?.firstChild?.textContent).toBe(
      'thread on cold brew ratios',
    );

    expect(screen.getByText('What @dana_brews cares about')).toBeTruthy();
    expect(screen.getByText(/your draft touches this/)).toBeTruthy();
    expect(screen.getByText(/The tone check only knows English/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/link-shortener|urgency-scarcity/);
  });

  it('renders untrusted text as text, never as HTML', async () => {
    renderPopup({ tabState: TAB_STATE });
    await screen.findByText('Needs work');
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeTruthy();
  });

  it('stays live: a new verdict from the worker replaces the old one', async () => {
    const { api } = renderPopup({ tabState: TAB_STATE });
    await screen.findByText('Needs work');
    expect(callsOf(api, 'subscribe')[0]?.args).toEqual([1]);
    await act(async () => {
      api.emit({ ...TAB_STATE, verdict: { ...VERDICT, verdict: 'send', score: 82 } });
    });
    expect(await screen.findByText('Worth sending')).toBeTruthy();
    expect(screen.getByText('82/100')).toBeTruthy();
  });

  it('on an x.com tab with no draft says how to start', async () => {
    renderPopup({ tabState: NO_DRAFT });
    expect(await screen.findByText('No draft yet')).toBeTruthy();
  });

  it('says so plainly when it stands aside on a DM page without a composer', async () => {
    renderPopup({ tabState: STANDS_ASIDE });
    expect(
      await screen.findByText(
        /Worthy can't find the message box on this page, so it's staying out of the way/,
      ),
    ).toBeTruthy();
  });

  it('where it stands aside, copies the page diagnostics and shows what was copied', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { api } = renderPopup({ tabState: STANDS_ASIDE, pageReport: 'selectors (matches):\n' });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy page diagnostics' }));
    expect(await screen.findByText('Copied. Paste it into your bug report.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('selectors (matches):\n');
    expect(callsOf(api, 'pageReport')[0]?.args).toEqual([1]);
    expect(screen.getByText('What was copied')).toBeTruthy();
  });

  it('says why when the page does not answer for diagnostics', async () => {
    renderPopup({ tabState: STANDS_ASIDE, fail: { pageReport: 'the page did not answer' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy page diagnostics' }));
    expect((await screen.findByRole('alert')).textContent).toBe('the page did not answer');
  });

  it.each([
    ['another site', { id: 3, url: 'https://example.com/' }],
    ['a hidden URL', { id: 3, url: undefined }],
    ['no tab', null],
  ])('on %s explains what Worthy does and how to start', async (_name, tab) => {
    const { api } = renderPopup({ tab, tabState: TAB_STATE });
    expect(await screen.findByText('Is this DM worth sending?', { selector: 'h2' })).toBeTruthy();
    expect(screen.getByText(/View their profile first/)).toBeTruthy();
    expect(callsOf(api, 'getTabState')).toHaveLength(0);
  });

  it('when paused, offers Resume, which clears the pause', async () => {
    const { api } = renderPopup({
      tabState: TAB_STATE,
      settings: { ...DEFAULT_SETTINGS, pausedUntil: NOW + 3_600_000 },
    });
    expect(await screen.findByText('Worthy is paused')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(callsOf(api, 'patchSettings')).toHaveLength(1));
    // Only the pause is sent: nothing else the popup holds can overwrite what is stored.
    expect(callsOf(api, 'patchSettings')[0]!.args[0]).toEqual({ pausedUntil: 0 });
    expect(await screen.findByText('Needs work')).toBeTruthy();
  });

  it('a muted conversation points to the muted list', async () => {
    renderPopup({ tabState: { ...TAB_STATE, paused: true } });
    expect(await screen.findByText('Worthy is off for this conversation')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Manage muted conversations' }));
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('warns that memory is off when IndexedDB is unavailable', async () => {
    renderPopup({ tabState: { ...TAB_STATE, memory: false } });
    expect(await screen.findByText('Memory is off.')).toBeTruthy();
    expect(screen.getByText('Needs work')).toBeTruthy();
  });

  it('shows a plain error when the worker does not answer', async () => {
    renderPopup({ tabState: TAB_STATE, fail: { getTabState: 'no reply within 1500 ms' } });
    expect(await screen.findByText(/background isn't answering/)).toBeTruthy();
    expect(screen.getByText(/no reply within 1500 ms/)).toBeTruthy();
  });
});
