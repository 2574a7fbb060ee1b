/**
 * History whose cost does not depend on its size: a score reads the draft's band keys, its links
 * and the recipient's sends through indexes, capped per key, plus a few counts. Checked here on
 * the real store code (fake-indexeddb) against full-history expectations.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PER_KEY,
  PER_RECIPIENT,
  recordSend,
  restoreAll,
  sendHistory,
} from '../../../src/background/store';
import { INDEXED_BANDS } from '../../../src/background/store/keys';
import { fingerprint, linkHashes } from '../../../src/engine/text/fingerprint';
import {
  backupOf,
  DAY,
  ELEVEN,
  fillerSends,
  HOUR,
  MIN,
  nameOf,
  TEMPLATE,
  templateSends,
} from '../../fixtures/history/sends';
import { freshStore, sendOf } from './helpers';

const NOW = Date.parse('2026-03-02T10:00:00Z');

const queryFor = (handle: string, text: string, account = '') => ({
  account,
  recipient: handle,
  fingerprint: fingerprint(text, { names: [nameOf(handle), handle] }),
  links: linkHashes(text),
  now: NOW,
});

/** 0 → "a", 25 → "z", 26 → "ba": a name without digits. */
function letters(i: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
}

beforeEach(() => {
  freshStore();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sendHistory', () => {
  it('finds the template sent to others and this person, not unrelated sends or other accounts', async () => {
    await restoreAll(
      backupOf(
        [
          ...templateSends(['ben', 'julia', 'raj'], NOW),
          ...templateSends(['tom'], NOW, { account: 'otherbrand' }),
          ...fillerSends(200, NOW, { olderThanMs: 10 * MIN, spanMs: 6 * DAY }),
        ],
        NOW,
      ),
    );
    await recordSend({ ...sendOf('kim', 'Thanks for the order, it ships Friday', NOW - 3 * DAY) });
    const { history, stats } = await sendHistory(queryFor('kim', TEMPLATE('Kim')));
    expect(history.map((h) => h.recipient).sort()).toEqual(['ben', 'julia', 'kim', 'raj']);
    expect(stats.contactedBefore).toBe(true);
    const other = await sendHistory(queryFor('kim', TEMPLATE('Kim'), 'otherbrand'));
    expect(other.history.map((h) => h.recipient)).toEqual(['tom']);
    expect(other.stats.contactedBefore).toBe(false);
  });

  it('counts the last 24 hours and new contacts per account, without reading the sends', async () => {
    await restoreAll(
      backupOf(
        [
          // Five people first messaged in the last 10 minutes, three more earlier this hour.
          ...templateSends(['a1', 'a2', 'a3', 'a4', 'a5'], NOW, { gapMs: MIN, endsAgoMs: MIN }),
          ...templateSends(['b1', 'b2', 'b3'], NOW, { gapMs: 5 * MIN, endsAgoMs: 20 * MIN }),
          // An old contact messaged again just now is not new.
          ...templateSends(['old'], NOW, { endsAgoMs: 20 * DAY }),
          ...templateSends(['old'], NOW, { endsAgoMs: 2 * MIN }),
          ...fillerSends(40, NOW, { olderThanMs: 2 * HOUR, spanMs: 10 * HOUR }),
          ...fillerSends(30, NOW, { olderThanMs: 2 * DAY, spanMs: 5 * DAY, seed: 9 }),
          ...templateSends(['c1', 'c2'], NOW, { account: 'otherbrand', endsAgoMs: MIN }),
        ],
        NOW,
      ),
    );
    const { stats } = await sendHistory(queryFor('old', 'hello again'));
    expect(stats).toEqual({
      sentLastDay: 5 + 3 + 1 + 40,
      newContactsLastHour: 8,
      newContactsLastBurst: 5,
      contactedBefore: true,
    });
  });

  it('catches a blast behind 5,001 newer sends, with a fixed number of capped index reads', async () => {
    // Before: the newest 5,000 sends of the last 30 days were walked with a cursor and handed to
    // the engine, so with more recent one-offs stored the template's copies were never seen.
    await restoreAll(
      backupOf(
        [
          ...templateSends(ELEVEN, NOW, { endsAgoMs: 2 * DAY }),
          ...fillerSends(5_001, NOW, { olderThanMs: 10 * MIN, spanMs: 1.9 * DAY }),
        ],
        NOW,
      ),
    );
    // (IDBCursor.prototype.continue cannot be spied on: idb recognises it by identity.)
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const { history } = await sendHistory(queryFor('zoe', TEMPLATE('Zoe')));
    expect(history.map((h) => h.recipient).sort()).toEqual([...ELEVEN].sort());
    // One walk per indexed band key (the template has no link), each stopping at PER_KEY or
    // the template window, and one capped read of the recipient's own sends: nothing here
    // grows with the 5,001.
    expect(cursors).toHaveBeenCalledTimes(INDEXED_BANDS);
    expect(getAll).toHaveBeenCalledTimes(1);
    expect(getAll.mock.calls[0]![1]).toBe(PER_RECIPIENT);
  });

  it('caps each key: a macro sent 500 times yields the newest copies, not all of them', async () => {
    // Letters only: the fingerprint neutralises names, and folds digits to 0 in the text only.
    const many = Array.from({ length: 500 }, (_, i) => `cust${letters(i)}`);
    await restoreAll(backupOf(templateSends(many, NOW, { gapMs: 10_000 }), NOW));
    const { history } = await sendHistory(queryFor('zoe', TEMPLATE('Zoe')));
    expect(history).toHaveLength(PER_KEY);
    // The newest ones: enough distinct people for the strongest blanket signal (10).
    expect(history.map((h) => h.recipient)).toContain(many.at(-1));
  });
});
