/**
 * Who each account has messaged, and when first and last: one small record per (account,
 * recipient). "Is this a new contact" and "how many new people this hour" are then a key lookup
 * and an index count, instead of a scan of every send.
 */
import type { ContactRecord, SendRecord } from './db';

/** The part of an idb object store `bumpContact` needs (a readwrite transaction's store). */
export interface ContactStore {
  get(key: [string, string]): Promise<ContactRecord | undefined>;
  put(value: ContactRecord): Promise<unknown>;
}

/** Widens the contact's first/last send to cover this one. */
export function widen(
  c: ContactRecord | undefined,
  s: Pick<SendRecord, 'account' | 'recipient' | 'at'>,
): ContactRecord {
  return c
    ? { ...c, firstAt: Math.min(c.firstAt, s.at), lastAt: Math.max(c.lastAt, s.at) }
    : { account: s.account, recipient: s.recipient, firstAt: s.at, lastAt: s.at };
}

export async function bumpContact(
  store: ContactStore,
  s: Pick<SendRecord, 'account' | 'recipient' | 'at'>,
): Promise<void> {
  await store.put(widen(await store.get([s.account, s.recipient]), s));
}

/** Contacts rebuilt from sends (a restore, a migration), merged with any given ones. */
export function contactsOf(
  sends: Iterable<Pick<SendRecord, 'account' | 'recipient' | 'at'>>,
  given: Iterable<ContactRecord> = [],
): ContactRecord[] {
  const out = new Map<string, ContactRecord>();
  const add = (s: Pick<SendRecord, 'account' | 'recipient' | 'at'>) => {
    const k = `${s.account}\u0000${s.recipient}`;
    out.set(k, widen(out.get(k), s));
  };
  // A given contact spans its first and last send, whether or not those sends are still kept.
  for (const c of given) {
    add({ ...c, at: c.firstAt });
    add({ ...c, at: c.lastAt });
  }
  for (const s of sends) add(s);
  return [...out.values()];
}
