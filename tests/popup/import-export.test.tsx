// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  parseSettingsFile,
  type Settings,
  settingsFile,
} from '../../src/shared/settings';
import { callsOf, renderPopup } from './helpers';

let blobs: Blob[] = [];
let downloads: string[] = [];

beforeEach(() => {
  blobs = [];
  downloads = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return `blob:worthy/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function pick(text: string, name = 'settings.json') {
  const file = new File([text], name, { type: 'application/json' });
  const el = document.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(el, 'files', { value: [file], configurable: true });
  fireEvent.change(el);
}

describe('Import and export', () => {
  it('exports a settings file that imports back to the same settings', async () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      gate: 'warn',
      engine: { ...DEFAULT_SETTINGS.engine, dailyBudget: 33 },
    };
    renderPopup({ settings }, 'settings');
    fireEvent.click(await screen.findByRole('button', { name: 'Export settings' }));
    expect(downloads[0]).toMatch(/^worthy-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await blobs[0]!.text();
    expect(JSON.parse(text).kind).toBe('worthy-settings');
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings });
  });

  it('imports a good file: saves it, says what changed and refreshes the form', async () => {
    const { api } = renderPopup({}, 'settings');
    await screen.findByLabelText('Worth sending at or above');
    const next: Settings = {
      ...DEFAULT_SETTINGS,
      gate: 'strict',
      engine: {
        ...DEFAULT_SETTINGS.engine,
        strictness: { send: 5, hold: 5 },
        triggerPhrases: ['dm me'],
      },
    };
    pick(settingsFile(next), 'team.json');
    await waitFor(() => expect(callsOf(api, 'patchSettings')).toHaveLength(1));
    // The fields that differ are sent; the stored settings are then the file's.
    expect(callsOf(api, 'patchSettings')[0]!.args[0]).toEqual({
      gate: 'strict',
      engine: { strictness: { send: 5, hold: 5 }, triggerPhrases: ['dm me'] },
    });
    expect(api.state.settings).toEqual(next);
    expect(await screen.findByText('Imported “team.json”. Changed:')).toBeTruthy();
    expect(
      screen.getByText('Gate: Hold drafts not worth sending → Also hold drafts that need work'),
    ).toBeTruthy();
    expect(screen.getByText('Worth sending at or above: 70 → 75')).toBeTruthy();
    expect(screen.getByText('Trigger phrases: 1 added')).toBeTruthy();
    expect((screen.getByLabelText('Worth sending at or above') as HTMLInputElement).value).toBe(
      '75',
    );
  });

  it.each([
    ['bad JSON', '{"kind": "worthy-settings", ', /not valid JSON/],
    [
      'the wrong kind of file',
      JSON.stringify({ kind: 'something-else', settings: {} }),
      /not a Worthy settings file/,
    ],
    ['an array', '[1,2]', /expected a JSON object/],
    [
      'an invalid nested field',
      JSON.stringify({
        kind: 'worthy-settings',
        settings: { engine: { strictness: { send: -20, hold: 25 } } },
      }),
      /engine\.strictness: strictness: the hold line must not rise above the send line/,
    ],
    [
      'an unknown key',
      JSON.stringify({ kind: 'worthy-settings', settings: { gaet: 'off' } }),
      /gaet: unknown field/,
    ],
    [
      'misspelled nested keys (each one named)',
      JSON.stringify({
        kind: 'worthy-settings',
        settings: { version: 2, engine: { tresholds: { send: 80 }, dailyBudjet: 5 } },
      }),
      /engine\.tresholds, engine\.dailyBudjet: unknown fields/,
    ],
  ])(
    'rejects %s with a message naming the problem and saves nothing',
    async (_name, text, message) => {
      const { api } = renderPopup({}, 'settings');
      await screen.findByLabelText('Worth sending at or above');
      pick(text, 'bad.json');
      const alert = await screen.findByText(/Couldn't import “bad\.json”/);
      expect(alert.textContent).toMatch(message);
      expect(alert.textContent).toMatch(/Your settings are unchanged/);
      expect(callsOf(api, 'patchSettings')).toHaveLength(0);
      expect((screen.getByLabelText('Worth sending at or above') as HTMLInputElement).value).toBe(
        '70',
      );
    },
  );
});
