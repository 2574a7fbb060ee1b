import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordSend } from '../../../src/background/store';
import { fingerprint } from '../../../src/engine/text/fingerprint';
import { freshStore, HOUR, NOON, rawDump, sendOf, storedSends } from './helpers';

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
      'account',
      'at',
      'bands',
      'conversationId',
      'fingerprint',
      'held',
      'id',
      'linkKeys',
      'links',
      'overridden',
      'recipient',
      'rt',
      'signals',
      'verdict',
    ]);
    expect(send).toMatchObject({
      recipient: 'sam',
      signals: ['promo-discount'],
      conversationId: '123-456',
    });
    expect(dump.daily).toEqual([
      { day: '2025-06-18', count: 1, held: 0, overridden: 0, unchecked: 0 },
    ]);
    // Index fields hold numbers only: hashes of band keys and link hashes, and −at.
    expect(JSON.stringify([send?.bands, send?.linkKeys])).toMatch(/^[[\]\d,.-]+$/);
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
      { day: '2025-06-18', count: 3, held: 2, overridden: 1, unchecked: 0 },
    ]);
  });

  it('counts a send the gate let through unchecked', async () => {
    await recordSend(sendOf('a', 'one', NOON, { verdict: 'unchecked' }));
    expect((await rawDump()).daily).toEqual([
      { day: '2025-06-18', count: 1, held: 0, overridden: 0, unchecked: 1 },
    ]);
  });

  it('stores sends with no readable recipient each under its own key, never lumped together', async () => {
    // Before version 3 both went in as "unknown": one person messaged twice, as far as
    // repeat and new-contact checks could tell.
    await recordSend(sendOf('x', 'first hello', NOON, { recipient: null }));
    await recordSend(sendOf('x', 'second hello', NOON + 1, { recipient: null }));
    const keys = (await storedSends()).map((s) => s.recipient);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    for (const k of keys) expect(k).toMatch(/^anon:/);
    expect(keys).not.toContain('unknown');
  });

  it('records the sending account, lower-cased', async () => {
    await recordSend(sendOf('sam', 'hello there friend', NOON, { account: 'AcmeSupport' }));
    await recordSend(sendOf('sam', 'hello there friend', NOON, { account: 'not a handle!' }));
    expect((await storedSends()).map((s) => s.account)).toEqual(['acmesupport', '']);
  });
});
