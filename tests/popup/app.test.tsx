// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TAB_STATE } from './fixtures';
import { renderPopup } from './helpers';

afterEach(cleanup);

describe('popup shell', () => {
  it('switches views with the arrow keys and keeps focus on the tabs', async () => {
    renderPopup({ tabState: TAB_STATE });
    await screen.findByText('Revise first');
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
    expect(await screen.findByText('Revise first')).toBeTruthy();
  });

  it('exposes the data-theme hook', () => {
    renderPopup();
    expect(document.querySelector('.w-root')?.hasAttribute('data-theme')).toBe(false);
  });
});
