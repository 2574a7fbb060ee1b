/**
 * The one IndexedDB schema Worthy keeps (database `worthy`), and how to open it.
 *
 * What is stored is the least that serves the user: what a recipient's profile showed (so
 * relevance works on the DM page, where the profile is not visible), and for each send a
 * fingerprint and link hashes (so the engine can spot templates and pace) — never the text.
 *
 * Versions:
 *   1 (shipped earlier): `profiles` (keyPath handle) and `sends` (auto id) that held the message
 *     text — a privacy mistake.
 *   2: `by-at`/`by-recipient` indexes on sends, `seenAt`/`expiresAt` on profiles
 *     (with a `by-expires` index), a `daily` store of counts per local day; v1 sends are
 *     rewritten to fingerprints and their text deleted.
 *   3 (current): each send records the sending `account` and carries index fields (keys.ts) so a
 *     score reads a handful of indexed entries however long the history is: band keys of its
 *     fingerprint and its link hashes (multiEntry), newest first. A `contacts` store keeps each
 *     recipient's first and last send per account (for new-contact pace without scanning
 *     sends); `daily` counts sends that went out unchecked. See migrations.ts.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { upgradeStep } from './migrations';

export const DB_NAME = 'worthy';
export const DB_VERSION = 3;

/** A remembered recipient profile: what the user saw on their profile page. */
export interface ProfileRecord {
  /** Lowercased X handle, without the @. */
  handle: string;
  name?: string | undefined;
  bio?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  category?: string | undefined;
  /** Most recent first, deduplicated, at most MAX_POSTS. */
  posts: string[];
  seenAt: number;
  expiresAt: number;
}

/** One DM that went out. There is deliberately no text field. */
export interface SendRecord {
  id?: number;
  /** The sending account's lower-cased handle; '' when the page did not show it. */
  account: string;
  /** Lower-cased handle, else `c:<conversation id>`, else `anon:<id>` (never shared). */
  recipient: string;
  at: number;
  /** `unchecked`: the gate gave up waiting for a verdict and let the send through. */
  verdict: 'send' | 'revise' | 'hold' | 'unchecked';
  held: boolean;
  overridden: boolean;
  /** MinHash signature from engine/text/fingerprint.ts: not reversible. */
  fingerprint: string;
  /** 48-bit hashes of the normalised links, never the links. */
  links: string[];
  /** Ids of the signals that fired (for "most frequent issues"), never their messages. */
  signals: string[];
  conversationId?: string | undefined;
  /** Index fields (keys.ts), derived from the fields above and never exported: −at, */
  rt: number;
  /** keys of the fingerprint's LSH bands, */
  bands: number[];
  /** and keys of the link hashes. */
  linkKeys: number[];
}

/** The first and the latest send from one account to one recipient. */
export interface ContactRecord {
  account: string;
  recipient: string;
  firstAt: number;
  lastAt: number;
}

/** Counts for one local calendar day; kept longer than sends because they say nothing personal. */
export interface DailyRecord {
  /** 'YYYY-MM-DD' in the user's local time zone. */
  day: string;
  count: number;
  held: number;
  overridden: number;
  /** Absent in days written before version 3: read as 0. */
  unchecked?: number;
}

export interface WorthyDB extends DBSchema {
  profiles: { key: string; value: ProfileRecord; indexes: { 'by-expires': number } };
  sends: {
    key: number;
    value: SendRecord;
    indexes: {
      'by-at': number;
      /** [recipient, account, rt]: a person's sends from an account, newest first (and, by the
       * recipient prefix, every send to them, to forget them). */
      'by-recipient': [string, string, number];
      /** [account, at]: sends in the last 24 hours, counted without reading them. */
      'by-account-at': [string, number];
      'by-band': number;
      'by-link': number;
    };
  };
  contacts: {
    key: [string, string];
    value: ContactRecord;
    indexes: {
      'by-account-first': [string, number];
      'by-recipient': string;
      'by-last': number;
    };
  };
  daily: { key: string; value: DailyRecord };
}

export type WorthyDatabase = IDBPDatabase<WorthyDB>;

export interface OpenCallbacks {
  /** Another connection holds an older version open; the open waits until it closes. */
  blocked?: () => void;
  /** The browser closed the connection (or a newer version wants in): drop the cached one. */
  lost?: () => void;
}

export function openWorthyDb(callbacks: OpenCallbacks = {}): Promise<WorthyDatabase> {
  return openDB<WorthyDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // One step per version, in order, like a `switch (oldVersion)` that falls through
      // (tsconfig's noFallthroughCasesInSwitch forbids the literal fall-through). Data steps
      // only use `tx`, so the versionchange transaction stays alive until they finish; if one
      // fails the transaction aborts and the database stays at its old version, data intact.
      const now = Date.now();
      // An aborted upgrade already rejects the open; this keeps `done` from going unhandled.
      tx.done.catch(() => undefined);
      let chain = Promise.resolve();
      for (let v = oldVersion; v < DB_VERSION; v++) {
        const data = upgradeStep(v, db, tx, now);
        if (data) chain = chain.then(data);
      }
      chain.catch((e: unknown) => {
        console.warn('worthy: database upgrade failed, keeping the old version', e);
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
      });
    },
    blocked: () => callbacks.blocked?.(),
    blocking() {
      // A newer Worthy (after an update) wants to upgrade: step aside rather than block it.
      callbacks.lost?.();
    },
    terminated: () => callbacks.lost?.(),
  });
}
