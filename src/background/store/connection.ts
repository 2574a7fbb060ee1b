/**
 * One cached connection promise, and the fail-soft rules around it.
 *
 * The service worker can be killed at any moment, so nothing here is authoritative: the cached
 * promise is only a shortcut (a killed worker just opens again), and the last failure is only
 * there to explain to the user why memory is off. When IndexedDB cannot be used, callers get
 * their fallback value and scoring carries on without memory.
 */
import { openWorthyDb, type WorthyDatabase } from './db';
import { isQuotaError, relieveQuota } from './evict';

/** How long an open may stay blocked by another connection before memory is reported off. */
const BLOCKED_TIMEOUT_MS = 3_000;

let cached: Promise<WorthyDatabase> | null = null;
let failure: { reason: string; write: boolean } | null = null;
/**
 * True while an open that gave up (blocked) is still queued in the browser. Opens queue behind
 * one another, so a new attempt would hang too; callers get "memory off" at once instead.
 */
let stalled = false;
/** Bumped by `forget()`, so a late open from before it is closed rather than adopted. */
let generation = 0;

export class StorageUnavailable extends Error {}

export function describeFailure(e: unknown): string {
  const name = (e as { name?: unknown })?.name;
  const message = (e as { message?: unknown })?.message;
  if (name === 'QuotaExceededError') {
    return 'storage is full (quota exceeded), so new profiles and sends are not remembered';
  }
  if (e instanceof StorageUnavailable) return e.message;
  const detail = [name, message].filter((x) => typeof x === 'string' && x).join(': ');
  return `the database failed${detail ? ` (${detail})` : ''}`;
}

function open(): Promise<WorthyDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageUnavailable('IndexedDB is not available here'));
  }
  const gen = generation;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  let giveUp: (e: Error) => void = () => undefined;
  const blocked = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  const opening = openWorthyDb({
    // Only a blocked open is timed: a long but progressing upgrade must be left to finish.
    blocked: () => {
      timer ??= setTimeout(() => {
        gaveUp = true;
        stalled = true;
        giveUp(
          new StorageUnavailable(
            'the database is blocked by another Worthy page; close it to retry',
          ),
        );
      }, BLOCKED_TIMEOUT_MS);
    },
    lost: () => forget(),
  });
  opening.then(
    (conn) => {
      if (!gaveUp) return;
      // The blocker closed after all: adopt the connection, memory is back.
      stalled = false;
      if (gen !== generation) conn.close();
      else {
        cached = Promise.resolve(conn);
        if (failure && !failure.write) failure = null;
      }
    },
    () => {
      if (gaveUp) stalled = false;
    },
  );
  return Promise.race([opening, blocked]).finally(() => clearTimeout(timer));
}

/** The open database, or null (with the reason recorded) when memory is off. */
export async function db(): Promise<WorthyDatabase | null> {
  if (stalled) return null;
  if (!cached) {
    let attempt: Promise<WorthyDatabase>;
    try {
      attempt = open();
    } catch (e) {
      attempt = Promise.reject(e);
    }
    cached = attempt;
    // A failed open is not cached: the next call tries again.
    attempt.catch(() => {
      if (cached === attempt) cached = null;
    });
  }
  try {
    const conn = await cached;
    if (failure && !failure.write) failure = null;
    return conn;
  } catch (e) {
    failure = { reason: describeFailure(e), write: false };
    console.warn('worthy: memory is off:', failure.reason, e);
    return null;
  }
}

/** Starts opening the database now (a worker starting up), so the first read finds it open. */
export function openEarly(): void {
  void db();
}

/** Closes and forgets the cached connection (browser asked, or tests swap IndexedDB). */
export function forget(): void {
  const c = cached;
  cached = null;
  stalled = false;
  generation++;
  c?.then((conn) => conn.close()).catch(() => undefined);
}

/** Why memory is off right now, or null when the last attempts worked. */
export function lastFailure(): string | null {
  return failure?.reason ?? null;
}

/** Runs a read; any failure gives `fallback`. */
export async function read<T>(fallback: T, op: (conn: WorthyDatabase) => Promise<T>): Promise<T> {
  const conn = await db();
  if (!conn) return fallback;
  try {
    return await op(conn);
  } catch (e) {
    console.warn('worthy: reading memory failed', e);
    return fallback;
  }
}

/**
 * Runs a write; a failure (quota, closed connection) is recorded, logged and swallowed. A quota
 * error first evicts the oldest records (evict.ts) and tries the write once more: its
 * transaction was aborted, so nothing of the first attempt is left to double.
 */
export async function write<T>(fallback: T, op: (conn: WorthyDatabase) => Promise<T>): Promise<T> {
  const conn = await db();
  if (!conn) return fallback;
  try {
    let out: T;
    try {
      out = await op(conn);
    } catch (e) {
      if (!isQuotaError(e) || !(await relieveQuota(conn).catch(() => false))) throw e;
      out = await op(conn);
    }
    failure = null;
    return out;
  } catch (e) {
    failure = { reason: describeFailure(e), write: true };
    console.warn('worthy: writing memory failed:', failure.reason, e);
    return fallback;
  }
}

/**
 * Awaits `work` and then the transaction's commit. On error the transaction is aborted so a
 * half-done write leaves nothing behind, and its `done` rejection is not left unhandled.
 */
export async function commit<T>(
  tx: { done: Promise<void>; abort(): void },
  work: () => Promise<T>,
): Promise<T> {
  tx.done.catch(() => undefined);
  try {
    const out = await work();
    await tx.done;
    return out;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already committed or aborted.
    }
    throw e;
  }
}
