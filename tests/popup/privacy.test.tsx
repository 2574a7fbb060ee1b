// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyBackup } from '../../src/popup/api-mock';
import { backupFile, parseBackupFile } from '../../src/shared/backup';
import { backupOf, templateSends } from '../fixtures/history/sends';
import { HISTORY, NOW } from './fixtures';
import { callsOf, renderPopup } from './helpers';

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:worthy/1';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Picks `text` as a file in the file input `el`, as the user would. */
function pick(el: HTMLElement, text: string, name: string) {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(el, 'files', { value: [file], configurable: true });
  fireEvent.change(el);
}

describe('Privacy tab', () => {
  it('says what is stored, in plain words, with counts', async () => {
    renderPopup({ history: HISTORY }, 'privacy');
    expect(await screen.findByText('(23 stored now)')).toBeTruthy();
    expect(screen.getByText('(64 stored now)')).toBeTruthy();
    expect(screen.getByText(/never the text/)).toBeTruthy();
    expect(screen.getByText(/forgotten after 30 days/)).toBeTruthy();
    expect(screen.getByText(/Nothing leaves your device/)).toBeTruthy();
    expect(screen.queryByText('Memory is off.')).toBeNull();
  });

  it('shows the memory-off notice when IndexedDB is unavailable', async () => {
    renderPopup(
      {
        history: {
          ...HISTORY,
          storage: {
            available: false,
            reason: 'IndexedDB blocked',
            counts: { profiles: 0, sends: 0 },
          },
        },
      },
      'privacy',
    );
    expect(await screen.findByText('Memory is off.')).toBeTruthy();
    expect(screen.getByText(/IndexedDB blocked/)).toBeTruthy();
  });

  it('exports all data as a backup file download', async () => {
    const backup = emptyBackup();
    backup.profiles.push({ handle: 'dana', posts: [], seenAt: 1, expiresAt: 2 });
    const { api } = renderPopup({ exported: backup }, 'privacy');
    fireEvent.click(await screen.findByRole('button', { name: 'Export all my data' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const file = await blobs[0]!.text();
    expect(JSON.parse(file)).toEqual(backup);
    // What was downloaded restores as it is.
    expect(parseBackupFile(file)).toEqual({ ok: true, backup });
    expect(callsOf(api, 'exportData')).toHaveLength(1);
  });

  it('restores a backup only after showing what is in it and a confirmation', async () => {
    const backup = backupOf(templateSends(['ben', 'julia'], NOW), NOW);
    const { api } = renderPopup({ history: HISTORY }, 'privacy');
    pick(await screen.findByLabelText('Restore from a backup…'), backupFile(backup), 'b.json');
    expect(
      await screen.findByText(/^Restore “b\.json” \(saved .*: 2 sends, 0 profiles, settings\)\?/),
    ).toBeTruthy();
    expect(callsOf(api, 'restoreData')).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, restore it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, restore it' }));
    expect(
      await screen.findByText('Restored 2 sends, 0 profiles, 1 days of counts and your settings.'),
    ).toBeTruthy();
    expect(api.state.restored).toEqual(backup);
    // The counts and the settings are read again.
    expect(callsOf(api, 'historySummary').length).toBeGreaterThan(1);
    expect(callsOf(api, 'getSettings').length).toBeGreaterThan(1);
  });

  it('refuses a bad backup file at once, saying what is wrong, and changes nothing', async () => {
    const { api } = renderPopup({}, 'privacy');
    const bad = { ...emptyBackup(), sends: [{ recipient: 'sam', text: 'Hi Sam, our offer' }] };
    pick(await screen.findByLabelText('Restore from a backup…'), JSON.stringify(bad), 'bad.json');
    const error = await screen.findByRole('alert');
    expect(error.textContent).toMatch(
      // Every key it does not know is named first: message text never belongs in a backup.
      /^Couldn't restore “bad\.json”: sends\.0\.text: unknown field\. Nothing was changed\.$/,
    );
    expect(callsOf(api, 'restoreData')).toHaveLength(0);
  });

  it('says so when the worker could not write the backup', async () => {
    renderPopup(
      { fail: { restoreData: 'nothing was restored, your data is as it was (quota)' } },
      'privacy',
    );
    pick(
      await screen.findByLabelText('Restore from a backup…'),
      backupFile(emptyBackup()),
      'b.json',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, restore it' }));
    expect(
      await screen.findByText(
        "Couldn't restore: nothing was restored, your data is as it was (quota)",
      ),
    ).toBeTruthy();
  });

  it('deletes everything only after the confirm step', async () => {
    const { api } = renderPopup({ history: HISTORY }, 'privacy');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    expect(callsOf(api, 'deleteAll')).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(callsOf(api, 'deleteAll')).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('Everything Worthy stored has been deleted.')).toBeTruthy();
    expect(callsOf(api, 'deleteAll')).toHaveLength(1);
    // The counts are re-read after deleting.
    expect(await screen.findAllByText('(0 stored now)')).toHaveLength(2);
  });

  it('forgets one recipient by handle, with or without the @', async () => {
    const { api } = renderPopup({}, 'privacy');
    const field = await screen.findByLabelText('Forget one person');
    fireEvent.input(field, { target: { value: ' @dana_brews ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Forget' }));
    expect(await screen.findByText('Worthy has forgotten @dana_brews.')).toBeTruthy();
    expect(callsOf(api, 'deleteRecipient')[0]?.args).toEqual(['dana_brews']);
  });

  it('rejects something that is not a handle without calling the API', async () => {
    const { api } = renderPopup({}, 'privacy');
    const field = await screen.findByLabelText('Forget one person');
    fireEvent.input(field, { target: { value: 'https://x.com/dana' } });
    fireEvent.click(screen.getByRole('button', { name: 'Forget' }));
    expect(await screen.findByText(/Enter an X handle/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(callsOf(api, 'deleteRecipient')).toHaveLength(0);
  });

  it('reports a failed delete', async () => {
    renderPopup({ fail: { deleteAll: 'database locked' } }, 'privacy');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText("Couldn't delete: database locked")).toBeTruthy();
  });
});
