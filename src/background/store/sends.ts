/**
 * Sends: one record per DM that went out, holding a fingerprint and link hashes instead of the
 * text, plus the day's counts and the recipient's contact record. Scoring reads them back
 * through candidates.ts, never all at once.
 */
import { fingerprint } from '../../engine/text/fingerprint';
import { commit, read, write } from './connection';
import { bumpContact } from './contacts';
import { localDay } from './days';
import type { DailyRecord, SendRecord, WorthyDatabase } from './db';
import { indexFields } from './keys';
import {
  accountKey,
  cleanConversationId,
  cleanLinks,
  cleanSignals,
  isFingerprint,
  isRecipientKey,
  normHandle,
} from './records';

/** What the worker knows about a send. There is no text field on purpose. */
export interface SendInput {
  /** The sending account's handle; absent or '' when the page did not show it. */
  account?: string | undefined;
  /** A handle or `c:<conversation id>`; null when neither was readable (stored as `anon:<id>`). */
  recipient: string | null;
  at: number;
  verdict: SendRecord['verdict'];
  held: boolean;
  overridden: boolean;
  /** `fingerprint(draft, {names: [name, handle]})` from engine/text/fingerprint.ts. */
  fingerprint: string;
  links: string[];
  /** Ids of the signals that fired on the draft. */
  signals?: string[] | undefined;
  conversationId?: string | null | undefined;
}

/** Sends the history summary reads for the week's top signals and templates. */
export const MAX_SUMMARY_SENDS = 5_000;

/**
 * The recipient key a send is stored and looked up under: the handle, else the conversation.
 * Null when neither is known; such a send is stored under a key of its own (`anon:`), so sends
 * to unknown people are never lumped together as one recipient.
 */
export function recipientKeyOf(
  handle: string | null | undefined,
  conversationId: string | null | undefined,
): string | null {
  const h = normHandle(handle ?? '');
  if (isRecipientKey(h)) return h;
  const c = cleanConversationId(conversationId);
  return c ? `c:${c}` : null;
}

function anonymousKey(): string {
  return `anon:${crypto.randomUUID().slice(0, 18)}`;
}

/** Builds the stored record field by field; returns null for a send that cannot be stored. */
export function toSendRecord(r: SendInput): SendRecord | null {
  if (!Number.isFinite(r.at) || r.at < 0) return null;
  const given = r.recipient === null ? null : normHandle(r.recipient);
  if (given !== null && !isRecipientKey(given)) return null;
  const recipient = given ?? anonymousKey();
  const account = accountKey(r.account);
  let fp = r.fingerprint;
  if (!isFingerprint(fp)) {
    // A caller passed something that is not a fingerprint (perhaps the draft itself): store
    // its fingerprint so history still works, and never the value as given.
    console.warn('worthy: recordSend got a non-fingerprint; fingerprinting it instead');
    fp = fingerprint(fp, { names: [recipient] });
  }
  const links = cleanLinks(r.links);
  const record: SendRecord = {
    account,
    recipient,
    at: r.at,
    verdict: r.verdict,
    held: r.held === true,
    overridden: r.overridden === true,
    fingerprint: fp,
    links,
    signals: cleanSignals(r.signals),
    ...indexFields(account, r.at, fp, links),
  };
  const conversationId = cleanConversationId(r.conversationId);
  if (conversationId) record.conversationId = conversationId;
  return record;
}

/** Adds one send to a day's counts. */
export function countInto(d: DailyRecord, s: Pick<SendRecord, 'held' | 'overridden' | 'verdict'>) {
  d.count++;
  if (s.held) d.held++;
  if (s.overridden) d.overridden++;
  if (s.verdict === 'unchecked') d.unchecked = (d.unchecked ?? 0) + 1;
}

export function emptyDay(day: string): DailyRecord {
  return { day, count: 0, held: 0, overridden: 0, unchecked: 0 };
}

/**
 * Stores the send, bumps its day's counts and its contact record, in one transaction (atomic,
 * safe when two tabs record at once).
 */
export async function recordSend(r: SendInput): Promise<void> {
  const record = toSendRecord(r);
  if (!record) {
    console.warn('worthy: send not recorded: no usable recipient or time');
    return;
  }
  await write(undefined, async (conn) => {
    const tx = conn.transaction(['sends', 'daily', 'contacts'], 'readwrite');
    await commit(tx, async () => {
      await tx.objectStore('sends').add(record);
      const daily = tx.objectStore('daily');
      const day = localDay(record.at);
      const d = (await daily.get(day)) ?? emptyDay(day);
      countInto(d, record);
      await daily.put(d);
      await bumpContact(tx.objectStore('contacts'), record);
    });
  });
}

/**
 * Sends at or after `sinceMs`, oldest first, at most `limit` (one request, no cursor). X caps
 * accounts at about 500 DMs a day, so a week never reaches the limit in practice.
 */
export async function sendsSince(
  conn: WorthyDatabase,
  sinceMs: number,
  limit = MAX_SUMMARY_SENDS,
): Promise<SendRecord[]> {
  return conn.getAllFromIndex('sends', 'by-at', IDBKeyRange.lowerBound(sinceMs), limit);
}

/** Every key of the recipient index that starts with this recipient, from every account. */
export function everySendTo(recipient: string): IDBKeyRange {
  // Arrays sort after strings and numbers, so [r, []] is above every [r, account, rt].
  return IDBKeyRange.bound([recipient], [recipient, []]);
}

/** Every stored send to one recipient key (for tests and tools; scoring uses candidates.ts). */
export function sendsTo(recipient: string): Promise<SendRecord[]> {
  return read([] as SendRecord[], (conn) =>
    conn.getAllFromIndex('sends', 'by-recipient', everySendTo(normHandle(recipient))),
  );
}
