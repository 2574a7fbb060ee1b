/**
 * Score time against a growing history: the worker's `score-draft` handler with the real store
 * code over 100, 1,000 and 20,000 stored sends (one-offs spread over 80 days plus a template sent
 * to 11 people this week), with word vectors loaded, after warm-up. Printed per size: the
 * history query alone (store/candidates.ts: indexed candidates and counts) and the whole score
 * (settings, profile, history query, engine), median and p95, and how many candidates the engine
 * was handed. The engine sees the same verdict-relevant sends at every size, so both columns
 * should stay flat. For contrast, "window read" is what the previous design read per score:
 * every send of the last 30 days (it then capped the walk at the newest 5,000).
 *
 * IndexedDB is fake-indexeddb here (Node); the e2e gate scenarios time the same path in Chromium
 * with 20,000 sends restored (tests/e2e/scenarios-gate.mjs).
 * Run: npm run bench
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { handlers } from '../src/background/handlers/index';
import { createRouter } from '../src/background/router';
import { type SessionArea, tabSession } from '../src/background/session';
import type { StorageAreaLike } from '../src/background/store/areas';
import { read } from '../src/background/store/connection';
import {
  closeDatabase,
  restoreAll,
  sendHistory,
  store,
  useStorageAreas,
} from '../src/background/store/index';
import { fingerprint, linkHashes } from '../src/engine/text/fingerprint';
import { loadVectors } from '../src/node/load-vectors';
import {
  backupOf,
  DAY,
  ELEVEN,
  fillerSends,
  nameOf,
  TEMPLATE,
  templateSends,
} from '../tests/fixtures/history/sends';

const ACCOUNT = 'acme_support';
const SIZES = [100, 1_000, 20_000];
const RUNS = 60;
const SENDER = {
  id: 'bench',
  url: 'https://x.com/i/chat/1-2',
  tab: { id: 1, url: 'https://x.com/' },
};

function area(): StorageAreaLike & SessionArea {
  const data = new Map<string, unknown>();
  return {
    async get(keys?: string | string[] | null) {
      const list = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, data.get(k)]));
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
    async clear() {
      data.clear();
    },
  };
}

function stats(samples: number[]) {
  const s = [...samples].sort((x, y) => x - y);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function main(): Promise<void> {
  const vectors = await loadVectors();
  const now = Date.now();
  const listeners = { addListener() {}, removeListener() {} };
  const rows: string[] = [];
  for (const size of SIZES) {
    closeDatabase();
    globalThis.indexedDB = new IDBFactory();
    useStorageAreas({ sync: area(), local: area(), session: area(), onChanged: listeners });
    const blast = templateSends(ELEVEN, now, { account: ACCOUNT });
    const t0 = performance.now();
    await restoreAll(
      backupOf([...fillerSends(size - blast.length, now, { account: ACCOUNT }), ...blast], now),
    );
    const restoreMs = performance.now() - t0;
    const route = createRouter(
      handlers,
      { store, session: tabSession(area()), vectors: async () => vectors, now: () => now },
      'bench',
    );
    const query = [] as number[];
    const whole = [] as number[];
    const windowRead = [] as number[];
    let candidates = 0;
    let verdict = '';
    for (let i = 0; i < RUNS + 10; i++) {
      const who = `zed${String.fromCharCode(97 + (i % 26))}`;
      const draft = `${TEMPLATE(nameOf(who))} ${i}`;
      const q0 = performance.now();
      const h = await sendHistory({
        account: ACCOUNT,
        recipient: who,
        fingerprint: fingerprint(draft, { names: [nameOf(who), who] }),
        links: linkHashes(draft),
        now,
      });
      const q1 = performance.now();
      const reply = await route(
        {
          type: 'score-draft',
          context: {
            draft,
            conversationId: '1-2',
            surface: 'chat',
            account: ACCOUNT,
            recipient: { handle: who, name: nameOf(who) },
            messages: [],
          },
        },
        SENDER,
      );
      const q2 = performance.now();
      if (!reply.ok) throw new Error(reply.error);
      if (i < 10) continue; // warm-up
      if (i % 6 === 0) {
        const w0 = performance.now();
        await read(
          0,
          async (conn) =>
            (await conn.getAllFromIndex('sends', 'by-at', IDBKeyRange.lowerBound(now - 30 * DAY)))
              .length,
        );
        windowRead.push(performance.now() - w0);
      }
      query.push(q1 - q0);
      whole.push(q2 - q1);
      candidates = h.history.length;
      verdict = (reply.data as { verdict: { verdict: string } }).verdict.verdict;
    }
    const q = stats(query);
    const w = stats(whole);
    const f = (n: number) => n.toFixed(2).padStart(8);
    rows.push(
      `${size.toLocaleString('en').padStart(7)}  ${f(q.median)}  ${f(q.p95)}  ${f(w.median)}  ${f(w.p95)}  ${String(candidates).padStart(10)}  ${verdict.padEnd(7)}  ${f(stats(windowRead).median)}  ${(restoreMs / 1000).toFixed(1).padStart(6)} s`,
    );
  }
  console.log(
    `Worthy history bench: score time vs stored sends (Node, fake-indexeddb, vectors loaded, ${RUNS} scores each: the 12th copy of a template)`,
  );
  console.log(
    '  sends  query ms    p95 ms  score ms    p95 ms  candidates  verdict  window read   restore',
  );
  for (const r of rows) console.log(r);
}

await main();
