// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TAB_STATE } from './fixtures';
import { renderPopup } from './helpers';

afterEach(cleanup);

describe('popup shell', () => {
  it('switches views with the arrow keys and keeps focus on the tabs', async () => {
    renderPopup({ tabState: TAB_STATE });
    await screen.findByText('Needs work');
    const now = screen.getByRole('tab', { name: 'Now' });
    now.focus();
    fireEvent.keyDown(now, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Settings' }));
    expect(await screen.findByRole('button', { name: 'Save settings' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(await screen.findByRole('img')).toBeTruthy(); // the history chart
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(await screen.findByRole('button', { name: 'Export all my data' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(await screen.findByText('Needs work')).toBeTruthy();
  });

  it('follows the browser’s colour scheme through the data-theme hook', () => {
    const dark = vi.fn(() => ({
      matches: true,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    vi.stubGlobal('matchMedia', dark);
    try {
      renderPopup();
      expect(document.querySelector('.w-root')?.getAttribute('data-theme')).toBe('dark');
    } finally {
      vi.unstubAllGlobals();
    }
    cleanup();
    renderPopup();
    expect(document.querySelector('.w-root')?.getAttribute('data-theme')).toBe('light');
  });
});
