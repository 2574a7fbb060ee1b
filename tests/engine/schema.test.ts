import { describe, expect, it } from 'vitest';
import { parseInput, scoreInput } from '../../src/engine/index';

describe('engine input is strict', () => {
  it('names a misplaced field instead of scoring as if the thread were absent', () => {
    const r = parseInput({
      draft: 'Your refund went out today, it shows in 3-5 days.',
      conversation: { messages: [{ from: 'them', text: 'where is my refund?' }] },
    });
    expect(r).toEqual({ ok: false, error: 'conversation: unknown field' });
  });

  it('names unknown fields inside nested objects with their path', () => {
    const r = parseInput({ draft: 'hi', recipient: { handle: '@a', bios: 'typo' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('recipient.bios: unknown field');
    const m = parseInput({ draft: 'hi', messages: [{ from: 'them', text: 'x', when: 1 }] });
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.error).toBe('messages.0.when: unknown field');
  });

  it('rejects unknown settings and send-stats keys', () => {
    expect(scoreInput({ draft: 'hi', settings: { tresholds: { send: 70 } } })).toEqual({
      ok: false,
      error: 'settings.tresholds: unknown field',
    });
    const s = scoreInput({
      draft: 'hi',
      sendStats: {
        sentLastDay: 1,
        newContactsLastHour: 0,
        newContactsLastBurst: 0,
        contactedBefore: false,
        extra: 1,
      },
    });
    expect(s.ok).toBe(false);
  });

  it('still accepts every documented field', () => {
    const r = parseInput({
      draft: 'hi',
      recipient: { handle: '@a', name: 'A', bio: 'b', location: 'l', url: 'u', posts: ['p'] },
      messages: [{ from: 'them', text: 'x', at: 1 }],
      history: [{ recipient: '@b', text: 't', at: 1 }],
      sendStats: {
        sentLastDay: 1,
        newContactsLastHour: 0,
        newContactsLastBurst: 0,
        contactedBefore: false,
      },
      settings: { dailyBudget: 50 },
      now: 2,
      language: 'en',
    });
    expect(r.ok).toBe(true);
  });
});
