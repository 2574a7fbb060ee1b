// @vitest-environment jsdom
/**
 * Memory off (IndexedDB unavailable or storage full) in the popup: the Now tab still shows the
 * verdict and says memory is off; the History tab says memory is off.
 */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY, TAB_STATE } from '../popup/fixtures';
import { renderPopup } from '../popup/helpers';

afterEach(cleanup);

describe('popup with memory off', () => {
  it('Now: the memory-off notice next to a working verdict', async () => {
    renderPopup({ tabState: { ...TAB_STATE, memory: false } });
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(/Memory is off/);
    expect(note.textContent).toMatch(/Guidance still works/);
    // Guidance is still there: the draft is shown with its verdict.
    expect(screen.getAllByText(/bit\.ly\/brew50/).length).toBeGreaterThan(0);
  });

  it('History: says memory is off when storage is full', async () => {
    const reason =
      'Memory is off: storage is full (quota exceeded), so new profiles and sends are not remembered. Guidance still works.';
    renderPopup({
      tabState: TAB_STATE,
      history: {
        ...HISTORY,
        storage: { available: false, reason, counts: { profiles: 0, sends: 0 } },
      },
    });
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    // The store's reason (quota) is not shown here; the popup says memory is off.
    expect((await screen.findByRole('note')).textContent).toMatch(/Memory is off/);
  });
});
