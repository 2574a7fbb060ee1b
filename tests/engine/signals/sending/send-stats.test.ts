/**
 * A host may pass only candidate history (entries sharing a band key or a link with the draft,
 * or sent to the same person) plus `sendStats`, instead of every send. Both must give the same
 * verdict: this is what lets the extension's cost stay flat as history grows.
 */
import { describe, expect, it } from 'vitest';
import { type HistoryEntry, parseInput, score } from '../../../../src/engine/index';
import { bandKeys } from '../../../../src/engine/text/bands';
import { fingerprint, linkHashes } from '../../../../src/engine/text/fingerprint';
import { MIN, NOW, TEMPLATE, templateHistory } from './helpers';

const HOUR = 60 * MIN;

function filler(n: number): HistoryEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    recipient: `person${i}`,
    text: `Thanks for the note about order ${i}, the replacement ${['ships', 'left', 'goes out'][i % 3]} ${['today', 'Monday', 'soon'][i % 3]} number ${i * 7}`,
    at: NOW - (i + 1) * 7 * MIN,
  }));
}

function candidatesAndStats(draft: string, handle: string, history: HistoryEntry[]) {
  const keys = new Set(bandKeys(fingerprint(draft, { names: [handle] })));
  const links = new Set(linkHashes(draft));
  const first = new Map<string, number>();
  for (const e of history) first.set(e.recipient, Math.min(first.get(e.recipient) ?? e.at, e.at));
  const newWithin = (ms: number) =>
    [...first.values()].filter((at) => at > NOW - ms && at <= NOW).length;
  const candidates = history.filter((e) => {
    if (e.recipient === handle) return true;
    const fp = fingerprint(e.text ?? '', { names: [e.recipient] });
    return (
      bandKeys(fp).some((k) => keys.has(k)) || linkHashes(e.text ?? '').some((h) => links.has(h))
    );
  });
  return {
    candidates,
    stats: {
      sentLastDay: history.filter((e) => e.at > NOW - 24 * HOUR).length,
      newContactsLastHour: newWithin(HOUR),
      newContactsLastBurst: newWithin(10 * MIN),
      contactedBefore: first.has(handle),
    },
  };
}

function verdictOf(input: Parameters<typeof parseInput>[0]) {
  const r = parseInput(input);
  if (!r.ok) throw new Error(r.error);
  const { elapsedMs: _e, ...v } = score(r.input);
  return v;
}

describe('send stats and candidate history', () => {
  it.each([
    ['a blast in progress', TEMPLATE('Ines', 'urban sketching'), 'ines', 9],
    ['a first blast message', TEMPLATE('Ines', 'urban sketching'), 'ines', 0],
    ['a one-off reply', 'Running five minutes late, want a coffee?', 'ines', 3],
  ])('%s: full history and candidates + stats agree', (_name, draft, handle, blast) => {
    const history = [...templateHistory(blast), ...filler(180)];
    const { candidates, stats } = candidatesAndStats(draft, handle, history);
    expect(candidates.length).toBeLessThan(history.length);
    const full = verdictOf({ draft, recipient: { handle }, history, now: NOW });
    const lean = verdictOf({
      draft,
      recipient: { handle },
      history: candidates,
      sendStats: stats,
      now: NOW,
    });
    expect(lean).toEqual(full);
  });

  it('uses the counts for pace even when no history is passed', () => {
    const v = verdictOf({
      draft: 'Hi! quick hello',
      recipient: { handle: 'newperson' },
      sendStats: {
        sentLastDay: 480,
        newContactsLastHour: 30,
        newContactsLastBurst: 12,
        contactedBefore: false,
      },
      now: NOW,
    });
    const ids = v.signals.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['pace-daily', 'pace-hourly', 'burst-new-contacts']),
    );
  });
});
