/**
 * Sends: one record per DM that went out, holding a fingerprint and link hashes instead of the
 * text, plus the day's counts. The engine reads them back as history entries.
 */
import { fingerprint } from '../../engine/text/fingerprint';
import { commit, read, write } from './connection';
import { localDay } from './days';
import type { SendRecord, WorthyDatabase } from './db';
import {
  cleanConversationId,
  cleanLinks,
  cleanSignals,
  isFingerprint,
  isRecipientKey,
  normHandle,
} from './records';

/** What the worker knows about a send. There is no text field on purpose. */
export interface SendInput {
  recipient: string;
  at: number;
  verdict: 'send' | 'revise' | 'hold';
  held: boolean;
  overridden: boolean;
  /** `fingerprint(draft, {names: [name, handle]})` from engine/text/fingerprint.ts. */
  fingerprint: string;
  links: string[];
  /** Ids of the signals that fired on the draft. */
  signals?: string[] | undefined;
  conversationId?: string | null | undefined;
}

/** A history entry as the engine's `historyEntrySchema` takes it. */
export interface HistoryRecord {
  recipient: string;
  at: number;
  fingerprint: string;
  links: string[];
}

/** Newest sends handed to the engine: more would slow scoring without changing the verdict. */
export const MAX_RECENT_SENDS = 5_000;

/** Builds the stored record field by field; returns null for a send that cannot be keyed. */
export function toSendRecord(r: SendInput): SendRecord | null {
  const recipient = normHandle(r.recipient);
  if (!isRecipientKey(recipient) || !Number.isFinite(r.at)) return null;
  let fp = r.fingerprint;
  if (!isFingerprint(fp)) {
    // A caller passed something that is not a fingerprint (perhaps the draft itself): store
    // its fingerprint so history still works, and never the value as given.
    console.warn('worthy: recordSend got a non-fingerprint; fingerprinting it instead');
    fp = fingerprint(fp, { names: [recipient] });
  }
  const record: SendRecord = {
    recipient,
    at: r.at,
    verdict: r.verdict,
    held: r.held === true,
    overridden: r.overridden === true,
    fingerprint: fp,
    links: cleanLinks(r.links),
    signals: cleanSignals(r.signals),
  };
  const conversationId = cleanConversationId(r.conversationId);
  if (conversationId) record.conversationId = conversationId;
  return record;
}

/** Stores the send and bumps its day's counts in one transaction (atomic, safe concurrently). */
export async function recordSend(r: SendInput): Promise<void> {
  const record = toSendRecord(r);
  if (!record) {
    console.warn('worthy: send not recorded: no usable recipient handle or time');
    return;
  }
  await write(undefined, async (conn) => {
    const tx = conn.transaction(['sends', 'daily'], 'readwrite');
    await commit(tx, async () => {
      await tx.objectStore('sends').add(record);
      const daily = tx.objectStore('daily');
      const day = localDay(record.at);
      const d = (await daily.get(day)) ?? { day, count: 0, held: 0, overridden: 0 };
      d.count++;
      if (record.held) d.held++;
      if (record.overridden) d.overridden++;
      await daily.put(d);
    });
  });
}

/** Sends at or after `sinceMs`, newest `limit`, returned oldest first. */
export async function sendsSince(
  conn: WorthyDatabase,
  sinceMs: number,
  limit = MAX_RECENT_SENDS,
): Promise<SendRecord[]> {
  const out: SendRecord[] = [];
  const tx = conn.transaction('sends');
  let cursor = await tx.store.index('by-at').openCursor(IDBKeyRange.lowerBound(sinceMs), 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out.reverse();
}

/** The engine's history: recipient, time, fingerprint and link hashes only. */
export async function recentSends(
  sinceMs: number,
  limit = MAX_RECENT_SENDS,
): Promise<HistoryRecord[]> {
  const sends = await read([] as SendRecord[], (conn) => sendsSince(conn, sinceMs, limit));
  return sends.map((s) => ({
    recipient: s.recipient,
    at: s.at,
    fingerprint: s.fingerprint,
    links: s.links,
  }));
}
