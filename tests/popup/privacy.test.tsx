// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyBackup } from '../../src/popup/api-mock';
import { parseBackupFile } from '../../src/shared/backup';
import { HISTORY } from './fixtures';
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
