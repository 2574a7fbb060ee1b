/**
 * The history prepared once per engine (signals/sending/prepared.ts) and its slot index
 * (slot-index.ts): the index counts exactly what comparing slot by slot counts, and a history
 * changed in any field, in place or as a new array, is never answered from the last one.
 */
import { describe, expect, it } from 'vitest';
import { EngineCaches } from '../../../../src/engine/caches';
import { createEngine, parseInput } from '../../../../src/engine/index';
import type { HistoryEntry } from '../../../../src/engine/schema';
import { preparedHistory } from '../../../../src/engine/signals/sending/prepared';
import { SlotIndex } from '../../../../src/engine/signals/sending/slot-index';
import { fingerprint, similarAtLeast, slotsNeeded } from '../../../../src/engine/text/fingerprint';
import { MIN, NOW, PEOPLE, TEMPLATE, templateHistory } from './helpers';

/** Deterministic pseudo-random signatures, some sharing many slots with the first. */
function signatures(n: number): Uint32Array[] {
  let s = 7;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s;
  };
  const base = Uint32Array.from({ length: 64 }, () => next());
  return Array.from({ length: n }, (_, i) =>
    Uint32Array.from(base, (v, k) => (next() % 64 < i % 64 ? v : k % 3 === 0 ? v : next())),
  );
}

describe('slot index', () => {
  it('counts agreeing slots exactly as comparing them one by one', () => {
    const sigs = signatures(300);
    const all = sigs.map((x, i) => (i % 17 === 5 ? null : x));
    const index = new SlotIndex(all);
    for (const mine of [sigs[0]!, sigs[100]!, sigs[299]!]) {
      const { counts, over } = index.agreements(mine, 32);
      const want: number[] = [];
      all.forEach((y, i) => {
        const same = y ? y.reduce((n, v, k) => n + (v === mine[k] ? 1 : 0), 0) : 0;
        expect(counts[i]).toBe(same);
        if (same >= 32) want.push(i);
        for (const min of [0.5, 0.8]) {
          expect(counts[i]! >= slotsNeeded(min)).toBe(y !== null && similarAtLeast(mine, y, min));
        }
      });
      expect(over).toEqual(want);
    }
  });
});

describe('prepared history', () => {
  const entries = (): HistoryEntry[] =>
    PEOPLE.map(([who, topic], i) => ({
      recipient: `@${who}`,
      fingerprint: fingerprint(TEMPLATE(who, topic)),
      links: ['abc123'],
      at: NOW - i * MIN,
    }));

  it('is reused for the same sends, in a new array too', () => {
    const caches = new EngineCaches();
    const first = preparedHistory(caches, entries());
    expect(preparedHistory(caches, entries())).toBe(first);
  });

  it('is rebuilt when any field changes, in place or not', () => {
    const caches = new EngineCaches();
    const list = entries();
    let last = preparedHistory(caches, list);
    const changes: ((e: HistoryEntry[]) => void)[] = [
      (e) => {
        e[2]!.at += 1;
      },
      (e) => {
        e[0]!.recipient = '@someone';
      },
      (e) => {
        e[1]!.fingerprint = fingerprint('another message entirely, nothing like the rest');
      },
      (e) => {
        e[3]!.links!.push('def456');
      },
      (e) => {
        e[4]!.text = 'now with text';
      },
      (e) => {
        e.pop();
      },
    ];
    for (const change of changes) {
      change(list);
      const next = preparedHistory(caches, list);
      expect(next).not.toBe(last);
      expect(next.size).toBe(list.length);
      last = next;
    }
  });

  it('gives one engine the same verdicts as fresh engines as the history changes', () => {
    const engine = createEngine();
    const draft = TEMPLATE('Ines', 'urban sketching');
    const histories = [templateHistory(9), templateHistory(2), templateHistory(9), []];
    // Each history twice in a row: the second score reads it through its slot index.
    for (let round = 0; round < 3; round++) {
      for (const history of histories.flatMap((h) => [h, h])) {
        const r = parseInput({ draft, recipient: { handle: 'ines' }, history, now: NOW });
        if (!r.ok) throw new Error(r.error);
        const { elapsedMs: _a, ...warm } = engine.score(r.input);
        const { elapsedMs: _b, ...fresh } = createEngine().score(r.input);
        expect(warm).toEqual(fresh);
      }
    }
  });
});

describe('prepared history in time order', () => {
  it('counts and lists the sends in a window as a pass over every entry does', () => {
    const caches = new EngineCaches();
    const at = [5, 3, 9, 3, 7, 1, 9, 4];
    const h = preparedHistory(
      caches,
      at.map((t, i) => ({ recipient: `p${i}`, fingerprint: 'm1:', at: t })),
    );
    for (let from = 0; from <= 10; from++) {
      for (let to = from; to <= 10; to++) {
        const want = at.map((t, i) => [t, i] as const).filter(([t]) => t > from && t <= to);
        expect(h.countIn(from, to)).toBe(want.length);
        expect([...h.indicesIn(from, to)].sort()).toEqual(want.map(([, i]) => i).sort());
      }
    }
  });
});
