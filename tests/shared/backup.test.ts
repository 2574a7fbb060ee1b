import { describe, expect, it } from 'vitest';
import { backupFile, parseBackupFile } from '../../src/shared/backup';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { backupOf, templateSends } from '../fixtures/history/sends';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const good = () => backupOf(templateSends(['ben', 'julia'], NOW), NOW);

function withSend(patch: Record<string, unknown>): string {
  const b = good() as unknown as { sends: Record<string, unknown>[] };
  b.sends[0] = { ...b.sends[0], ...patch };
  return JSON.stringify(b);
}

describe('parseBackupFile', () => {
  it('reads back what backupFile writes', () => {
    const b = good();
    expect(parseBackupFile(backupFile(b))).toEqual({ ok: true, backup: b });
  });

  it.each([
    ['not JSON', '{"kind": "worthy-backup",', /^not valid JSON/],
    ['not an object', '[1, 2]', /^expected a JSON object with a Worthy backup$/],
    ['another file', JSON.stringify({ kind: 'worthy-settings' }), /^not a Worthy backup/],
    [
      'a newer version',
      JSON.stringify({ ...good(), version: 2 }),
      /^backup version 2 is not one this Worthy reads \(1\); update Worthy first$/,
    ],
    [
      'message text where a fingerprint belongs',
      withSend({ fingerprint: 'Hi Ben, here is our offer' }),
      /^sends\.0\.fingerprint: not a fingerprint \(message text is never part of a backup\)$/,
    ],
    [
      'a URL where a link hash belongs',
      withSend({ links: ['https://x.io'] }),
      /^sends\.0\.links\.0: not a link hash$/,
    ],
    ['an unknown field', withSend({ text: 'Hi Ben' }), /^sends\.0\.text: unknown field$/],
    [
      'a sentence as recipient',
      withSend({ recipient: 'Ben from Acme' }),
      /^sends\.0\.recipient: not a recipient key$/,
    ],
    [
      'a bad setting',
      JSON.stringify({ ...good(), settings: { ...DEFAULT_SETTINGS, gate: 'maybe' } }),
      /^settings\.gate: /,
    ],
  ])('refuses %s, saying what and where', (_what, text, error) => {
    const r = parseBackupFile(text);
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(error);
  });

  it('upgrades the export of earlier releases (kind "worthy-data", no version, no account)', () => {
    const b = good();
    const old = {
      kind: 'worthy-data',
      exportedAt: b.exportedAt,
      settings: b.settings,
      profiles: [],
      sends: b.sends.map(({ account: _a, ...s }, i) => ({ id: i + 1, ...s })),
      daily: b.daily.map(({ unchecked: _u, ...d }) => d),
    };
    const r = parseBackupFile(JSON.stringify(old));
    expect(r).toEqual({ ok: true, backup: { ...b, sends: b.sends, contacts: [] } });
  });
});
