/**
 * "Not an issue here" choices: which apply where, adding and undoing them, and the safety rule
 * held by the schema itself (a safety reason is set aside for one conversation only).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ALIASES } from '../../src/engine/registry';
import {
  allowedScopes,
  type Dismissal,
  dismiss,
  dismissalSchema,
  dismissedAt,
  type Place,
  restore,
  scopesAt,
  without,
} from '../../src/shared/dismissals';
import { DEFAULT_SETTINGS, parseSettings, parseSettingsFile } from '../../src/shared/settings';

const ALICE: Place = { conversationId: '111-222', handle: 'Alice', name: 'Alice Runner' };
const ALICE_ELSEWHERE: Place = { conversationId: '111-999', handle: 'alice' };
const BOB: Place = { conversationId: '333-444', handle: 'bob' };
const DRAWER: Place = { conversationId: null, handle: 'alice' };
const NOW = 1_800_000_000_000;

function add(list: Dismissal[], signal: string, scope: Dismissal['scope'], place = ALICE) {
  const r = dismiss(list, signal, scope, place, NOW);
  if (!r.ok) throw new Error(r.error);
  return r.list;
}

afterEach(() => {
  for (const k of Object.keys(ALIASES)) delete (ALIASES as Record<string, string>)[k];
});

describe('where a choice applies', () => {
  it('a conversation choice applies in that conversation only', () => {
    const list = add([], 'call-to-action', 'conversation');
    expect(dismissedAt(list, ALICE)).toEqual(['call-to-action']);
    expect(dismissedAt(list, ALICE_ELSEWHERE)).toEqual([]);
    expect(dismissedAt(list, BOB)).toEqual([]);
  });

  it('a recipient choice applies in every conversation with them, whatever the case of the handle', () => {
    const list = add([], 'call-to-action', 'recipient');
    expect(list[0]).toMatchObject({ key: 'alice', who: { handle: 'Alice', name: 'Alice Runner' } });
    expect(dismissedAt(list, ALICE_ELSEWHERE)).toEqual(['call-to-action']);
    expect(dismissedAt(list, DRAWER)).toEqual(['call-to-action']);
    expect(dismissedAt(list, BOB)).toEqual([]);
  });

  it('an everywhere choice applies everywhere and names nobody', () => {
    const list = add([], 'call-to-action', 'everywhere');
    expect(list[0]?.who).toBeUndefined();
    expect(dismissedAt(list, BOB)).toEqual(['call-to-action']);
    expect(dismissedAt(list, { conversationId: null })).toEqual(['call-to-action']);
  });

  it('offers only the scopes the page can name', () => {
    expect(scopesAt('call-to-action', ALICE)).toEqual(['conversation', 'recipient', 'everywhere']);
    expect(scopesAt('call-to-action', DRAWER)).toEqual(['recipient', 'everywhere']);
    expect(scopesAt('call-to-action', { conversationId: null })).toEqual(['everywhere']);
  });
});

describe('safety reasons', () => {
  it('may be set aside for this conversation only', () => {
    expect(allowedScopes('asks-for-credentials')).toEqual(['conversation']);
    expect(scopesAt('lookalike-domain', ALICE)).toEqual(['conversation']);
    expect(scopesAt('account-phishing', DRAWER)).toEqual([]);
    expect(add([], 'asks-for-credentials', 'conversation')).toHaveLength(1);
  });

  it('are refused everywhere or per recipient, with the reason', () => {
    for (const scope of ['everywhere', 'recipient'] as const) {
      const r = dismiss([], 'asks-for-credentials', scope, ALICE, NOW);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/one conversation only/);
    }
  });

  it('the settings schema rejects an everywhere choice on a safety reason (import, set-settings)', () => {
    const forged = { signal: 'asks-for-credentials', scope: 'everywhere', key: '', at: NOW };
    expect(dismissalSchema.safeParse(forged).success).toBe(false);
    const r = parseSettings({ ...DEFAULT_SETTINGS, dismissals: [forged] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/dismissals/);
    const file = JSON.stringify({
      kind: 'worthy-settings',
      settings: { ...DEFAULT_SETTINGS, dismissals: [forged] },
    });
    expect(parseSettingsFile(file).ok).toBe(false);
  });

  it('holds under a renamed id too', () => {
    (ALIASES as Record<string, string>)['asks-for-secrets'] = 'asks-for-credentials';
    expect(dismiss([], 'asks-for-secrets', 'everywhere', ALICE, NOW).ok).toBe(false);
  });
});

describe('changing the list', () => {
  it('a choice made twice is kept once', () => {
    const list = add(add([], 'call-to-action', 'conversation'), 'call-to-action', 'conversation');
    expect(list).toHaveLength(1);
  });

  it('undo here removes every choice that applies here, and only those', () => {
    let list = add([], 'call-to-action', 'conversation');
    list = add(list, 'call-to-action', 'everywhere');
    list = add(list, 'call-to-action', 'conversation', BOB);
    list = add(list, 'shouting', 'conversation');
    const back = restore(list, 'call-to-action', ALICE);
    expect(dismissedAt(back, ALICE)).toEqual(['shouting']);
    expect(dismissedAt(back, BOB)).toEqual(['call-to-action']);
  });

  it('undo finds a choice saved under an old id', () => {
    const list = add([], 'pushy-instruction', 'everywhere');
    (ALIASES as Record<string, string>)['pushy-instruction'] = 'call-to-action';
    expect(restore(list, 'call-to-action', ALICE)).toEqual([]);
  });

  it('Settings removes exactly one choice', () => {
    let list = add([], 'call-to-action', 'conversation');
    list = add(list, 'call-to-action', 'everywhere');
    expect(without(list, list[1]!)).toEqual([list[0]]);
  });

  it('refuses a scope the page cannot name', () => {
    expect(dismiss([], 'call-to-action', 'conversation', DRAWER, NOW).ok).toBe(false);
    expect(dismiss([], 'call-to-action', 'recipient', { conversationId: '1-2' }, NOW).ok).toBe(
      false,
    );
  });

  it('drops the oldest choice when the list is full', () => {
    let list: Dismissal[] = [];
    for (let i = 0; i < 301; i++) {
      const r = dismiss(list, 'call-to-action', 'conversation', { conversationId: `c${i}` }, i);
      if (r.ok) list = r.list;
    }
    expect(list).toHaveLength(300);
    expect(list[0]?.key).toBe('c1');
  });
});
