/**
 * What a score needs from history, read in one transaction of indexed lookups whose cost does not
 * depend on how many sends are stored (engine/schema.ts `sendStats`, engine/text/bands.ts):
 *
 * - candidates: sends from this account sharing a band key or a link hash with the draft within
 *   the template window (keys.ts), plus this recipient's sends within the repeat window, newest
 *   first and capped per key;
 * - counts: sends in the last 24 hours (an index count), new contacts in the last hour and burst
 *   window (an index count over contacts), and whether this recipient was messaged before (a get).
 *
 * The engine then gives the same verdict as with the full history (tests/engine/signals/sending/
 * send-stats.test.ts), as long as a cap is not reached; a cap only ever bites on a key shared by
 * more sends than the strongest blanket signal needs to see.
 */

import type { IDBPTransaction } from 'idb';
import type { HistoryEntry, SendStats } from '../../engine/schema';
import { BURST_WINDOW_MS } from '../../engine/signals/sending/pace';
import { read } from './connection';
import { DAY_MS } from './days';
import type { SendRecord, WorthyDatabase, WorthyDB } from './db';
import { bandKeysOf, linkKeysOf } from './keys';

const HOUR_MS = 60 * 60 * 1000;
/** The engine's template window (signals/sending/history.ts TEMPLATE_WINDOW_MS). */
export const TEMPLATE_WINDOW_MS = 7 * DAY_MS;
/** The engine's repeat-to-the-same-person window (signals/sending/blanket.ts). */
export const REPEAT_WINDOW_MS = 30 * DAY_MS;
/** Clocks disagree a little between devices; the engine counts sends this far ahead too. */
const SKEW_MS = 5 * 60 * 1000;
/**
 * Newest sends read per band key or link. The strongest blanket and same-link signals need 10
 * other recipients; a support macro can share a key with thousands of sends.
 */
export const PER_KEY = 64;
/** Newest earlier sends to the same person read (two already make the strongest repeat signal). */
export const PER_RECIPIENT = 50;

export interface HistoryQuery {
  /** The sending account ('' when unknown). */
  account: string;
  /** The recipient key (sends.ts `recipientKeyOf`), or null when the page shows none. */
  recipient: string | null;
  /** The draft's fingerprint, with the names the engine will use (`signatureOf`). */
  fingerprint: string;
  /** The draft's link hashes. */
  links: readonly string[];
  now: number;
}

export interface HistoryContext {
  history: HistoryEntry[];
  stats: SendStats;
}

export const EMPTY_HISTORY: HistoryContext = {
  history: [],
  stats: {
    sentLastDay: 0,
    newContactsLastHour: 0,
    newContactsLastBurst: 0,
    contactedBefore: false,
  },
};

type ReadTx = IDBPTransaction<WorthyDB, ('sends' | 'contacts')[], 'readonly'>;

/**
 * The newest sends under one band or link key, newest first, stopping at `PER_KEY` or at the
 * first one older than `since`. Entries under one key are in primary-key order, which is the
 * order sends were recorded (a restore writes them oldest first), so walking backwards from the
 * end walks back in time; an empty key costs one request.
 */
async function newestUnder(
  tx: ReadTx,
  index: 'by-band' | 'by-link',
  key: number,
  since: number,
): Promise<SendRecord[]> {
  const out: SendRecord[] = [];
  let cursor = await tx.objectStore('sends').index(index).openCursor(key, 'prev');
  while (cursor && out.length < PER_KEY && cursor.value.at > since) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export async function historyFor(conn: WorthyDatabase, q: HistoryQuery): Promise<HistoryContext> {
  const tx = conn.transaction(['sends', 'contacts']);
  const sends = tx.objectStore('sends');
  const contacts = tx.objectStore('contacts');
  const templateSince = q.now - TEMPLATE_WINDOW_MS;
  const lookups: Promise<SendRecord[]>[] = [
    ...bandKeysOf(q.account, q.fingerprint).map((k) =>
      newestUnder(tx, 'by-band', k, templateSince),
    ),
    ...linkKeysOf(q.account, q.links).map((k) => newestUnder(tx, 'by-link', k, templateSince)),
  ];
  if (q.recipient !== null) {
    // rt = −at: this range is (now − window, now + skew], newest first.
    const range = IDBKeyRange.bound(
      [q.recipient, q.account, -(q.now + SKEW_MS)],
      [q.recipient, q.account, -(q.now - REPEAT_WINDOW_MS)],
      false,
      true,
    );
    lookups.push(sends.index('by-recipient').getAll(range, PER_RECIPIENT));
  }
  const since = (ms: number) =>
    IDBKeyRange.bound([q.account, q.now - ms], [q.account, q.now + SKEW_MS], true, false);
  const [found, sentLastDay, newContactsLastHour, newContactsLastBurst, contact] =
    await Promise.all([
      Promise.all(lookups),
      sends.index('by-account-at').count(since(DAY_MS)),
      contacts.index('by-account-first').count(since(HOUR_MS)),
      contacts.index('by-account-first').count(since(BURST_WINDOW_MS)),
      q.recipient === null ? undefined : contacts.get([q.account, q.recipient]),
    ]);
  const seen = new Set<number>();
  const history: HistoryEntry[] = [];
  for (const list of found) {
    for (const s of list) {
      // A hash collision can bring another account's send: it is not this account's history.
      if (s.id === undefined || seen.has(s.id) || s.account !== q.account) continue;
      if (s.at > q.now + SKEW_MS) continue;
      seen.add(s.id);
      history.push({
        recipient: s.recipient,
        at: s.at,
        fingerprint: s.fingerprint,
        links: s.links,
      });
    }
  }
  return {
    history,
    stats: {
      sentLastDay,
      newContactsLastHour,
      newContactsLastBurst,
      contactedBefore: contact !== undefined && contact.firstAt <= q.now + SKEW_MS,
    },
  };
}

/** The history context, or an empty one when memory is off (scoring carries on without it). */
export function sendHistory(q: HistoryQuery): Promise<HistoryContext> {
  return read(EMPTY_HISTORY, (conn) => historyFor(conn, q));
}
