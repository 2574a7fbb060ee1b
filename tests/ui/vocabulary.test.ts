import { describe, expect, it, test } from 'vitest';
import { ENGLISH, english } from '../../src/engine/i18n';
import { SIGNALS } from '../../src/engine/registry';

const SIGNAL_NAME_KEYS: Record<string, string> = Object.fromEntries(
  SIGNALS.map((s) => [s.id, s.name]),
);

import {
  AXIS,
  axisTone,
  CONTEXT,
  ENGAGE,
  SEVERITY,
  SOURCE,
  signalName,
  signalNameKey,
  signed,
  VERDICT,
} from '../../src/ui/vocabulary';

describe('vocabulary', () => {
  it('has a catalog entry for every word it defines', () => {
    const keys = [
      ...Object.values(VERDICT).map((v) => v.name),
      ...Object.values(SEVERITY).map((s) => s.name),
      ...Object.values(AXIS),
      ...Object.values(CONTEXT),
      ...Object.values(SOURCE),
      ...Object.values(ENGAGE),
    ];
    expect(keys.filter((k) => !Object.hasOwn(ENGLISH, k))).toEqual([]);
  });

  it('gives the three verdicts three different names, none of them a command to send', () => {
    const names = Object.values(VERDICT).map((v) => english(v.name));
    expect(new Set(names).size).toBe(3);
    for (const n of names) expect(n).not.toMatch(/^(Send|Hold|Revise)\b/);
  });

  it('puts verdicts and severities on one colour scale', () => {
    expect([VERDICT.send.tone, VERDICT.revise.tone, VERDICT.hold.tone]).toEqual([
      'good',
      'warn',
      'bad',
    ]);
    expect([SEVERITY.good.tone, SEVERITY.medium.tone, SEVERITY.high.tone]).toEqual([
      'good',
      'warn',
      'bad',
    ]);
  });

  test.each([
    ['relevance', 0.72, 'good'],
    ['relevance', 0.4, 'warn'],
    ['relevance', 0.1, 'bad'],
    ['relevance', null, 'neutral'],
    ['spam', 0.05, 'good'],
    ['spam', 0.35, 'warn'],
    ['spam', 0.84, 'bad'],
  ] as const)('%s at %s reads %s', (axis, value, tone) => {
    expect(axisTone(axis, value)).toBe(tone);
  });

  it('names every catalogued signal in plain words, and any other id without its dashes', () => {
    for (const [id, key] of Object.entries(SIGNAL_NAME_KEYS)) {
      expect(signalName(id, english)).toBe(english(key));
      expect(signalName(id, english)).not.toBe(id);
    }
    expect(signalName('quite-new_check', english)).toBe('Quite new check');
  });

  it("finds each signal's name key by the registry's convention, without the registry", () => {
    // The warning is loaded on every x.com page and does not carry the registry (13 KB).
    for (const [id, key] of Object.entries(SIGNAL_NAME_KEYS)) expect(signalNameKey(id)).toBe(key);
  });

  it('writes points with a real minus sign', () => {
    expect([signed(24.4), signed(-9.4), signed(0)]).toEqual(['+24', '−9', '0']);
  });
});
