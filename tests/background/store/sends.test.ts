import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recentSends, recordSend } from '../../../src/background/store';
import { historyEntrySchema } from '../../../src/engine/schema';
import { fingerprint } from '../../../src/engine/text/fingerprint';
import { freshStore, HOUR, NOON, rawDump, sendOf } from './helpers';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const DRAFT =
  'Hey Sam, loved your compiler talk! Check https://example.com/offer for 50% off today';

beforeEach(() => {
  freshStore();
});

/** True when any string anywhere in `v` contains one of the draft's longer words. */
function leaks(v: unknown, draft: string): string | null {
  const words = draft.toLowerCase().match(/[a-z]{5,}/g) ?? [];
  const strings: string[] = [];
  const walk = (x: unknown): void => {
    if (typeof x === 'string') strings.push(x.toLowerCase());
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  walk(v);
  for (const s of strings) for (const w of words) if (s.includes(w)) return `${w} in ${s}`;
  return null;
}

describe('recordSend', () => {
  it('stores fingerprints, link hashes and signal ids, never the text', async () => {
    await recordSend({
      ...sendOf('Sam', DRAFT, NOON, { conversationId: '123-456', signals: ['promo-discount'] }),
      // Extra fields a careless caller might pass along are not stored.
      ...({ text: DRAFT, draft: DRAFT, context: { draft: DRAFT } } as object),
    });
    const dump = await rawDump();
    expect(leaks(dump, DRAFT)).toBeNull();
    expect(JSON.stringify(dump)).not.toContain('example.com');
    const [send] = dump.sends as Record<string, unknown>[];
    expect(Object.keys(send ?? {}).sort()).toEqual([
      'at',
      'conversationId',
      'fingerprint',
      'held',
      'id',
      'links',
      'overridden',
      'recipient',
      'signals',
      'verdict',
    ]);
    expect(send).toMatchObject({
      recipient: 'sam',
      signals: ['promo-discount'],
      conversationId: '123-456',
    });
    expect(dump.daily).toEqual([{ day: '2025-06-18', count: 1, held: 0, overridden: 0 }]);
  });

  it('fingerprints a draft passed as the fingerprint instead of storing it', async () => {
    await recordSend({
      ...sendOf('sam', DRAFT, NOON),
      fingerprint: DRAFT,
      links: [DRAFT, 'https://example.com'],
    });
    const dump = await rawDump();
    expect(leaks(dump, DRAFT)).toBeNull();
    const [send] = dump.sends as { fingerprint: string; links: string[] }[];
    expect(send?.fingerprint).toBe(fingerprint(DRAFT, { names: ['sam'] }));
    expect(send?.links).toEqual([]);
  });

  it('skips a send without a usable handle rather than storing a name or sentence', async () => {
    await recordSend(sendOf('Sam Smith from Acme', DRAFT, NOON));
    expect((await rawDump()).sends ?? []).toEqual([]);
  });

  it('counts held and overridden sends per local day, also when recorded concurrently', async () => {
    await Promise.all([
      recordSend(sendOf('a', 'one', NOON)),
      recordSend(sendOf('b', 'two', NOON + HOUR, { held: true })),
      recordSend(sendOf('c', 'three', NOON + 2 * HOUR, { held: true, overridden: true })),
    ]);
    expect((await rawDump()).daily).toEqual([
      { day: '2025-06-18', count: 3, held: 2, overridden: 1 },
    ]);
  });
});

describe('recentSends', () => {
  it('returns entries the engine accepts, oldest first, since the given time', async () => {
    await recordSend(sendOf('old', 'too old', NOON - 10 * HOUR));
    await recordSend(sendOf('b', DRAFT, NOON + HOUR));
    await recordSend(sendOf('a', 'hello there', NOON));
    const sends = await recentSends(NOON - HOUR);
    expect(sends.map((s) => s.recipient)).toEqual(['a', 'b']);
    for (const s of sends) {
      expect(Object.keys(s).sort()).toEqual(['at', 'fingerprint', 'links', 'recipient']);
      expect(historyEntrySchema.safeParse(s).success).toBe(true);
    }
    expect(sends[1]?.links).toHaveLength(1);
  });

  it('keeps only the newest when capped', async () => {
    for (let i = 0; i < 10; i++) await recordSend(sendOf(`r${i}`, `message ${i}`, NOON + i));
    const sends = await recentSends(0, 3);
    expect(sends.map((s) => s.at)).toEqual([NOON + 7, NOON + 8, NOON + 9]);
  });
});
