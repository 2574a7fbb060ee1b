/**
 * Measurements of the built extension in real Chromium, against the fake x.com of tests/e2e
 * (launched with the e2e harness). One module, two callers: scripts/budgets.ts (pass/fail
 * figures) and bench/browser.bench.ts (distributions).
 *
 * How each figure is taken, and why that way:
 * - Keystroke → badge: a main-world listener stamps the keydown (`event.timeStamp`, renderer
 *   clock) and a MutationObserver on Worthy's open shadow root stamps the moment the badge turns
 *   `data-state="ready"` (its verdict and accessible name change in the same render); the
 *   content script's debounce (read from src/content/scorer.ts) is subtracted. Playwright's
 *   round trips are outside both stamps.
 * - Score requests (cold start, memory): sent with `chrome.runtime.sendMessage` from the content
 *   script's own isolated world in the x.com tab (reached through CDP `Runtime.evaluate` with that
 *   world's context id). So each request takes the exact production path: a content-script
 *   sender on an x.com tab, the router's schema and sender checks, the `score-draft` handler with
 *   IndexedDB, storage.sync and storage.session — nothing is called behind the router's back.
 * - Worker memory: CDP on the service-worker target (`Target.attachToTarget` +
 *   `sendMessageToTarget`, since Playwright opens CDP sessions only on pages), a
 *   `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`.
 * - Main-thread cost per DOM mutation batch: the page's CPU profile (CDP `Profiler`), summing the
 *   samples whose stack holds a frame of the extension's scripts (the DOM work they call is
 *   inside those stacks); cross-checked by `Performance.getMetrics` TaskDuration on the same page
 *   served from 127.0.0.1, where the content script does not match (A/B in one browser).
 */
import type { CDPSession, Page } from 'playwright-core';
import { DEBOUNCE_MS } from '../../src/content/scorer.ts';
import type { DraftContext } from '../../src/shared/messages.ts';
import {
  contentWorld,
  type E2EEnv,
  launch,
  stopWorker,
  until,
  type World,
} from '../../tests/e2e/harness.mjs';

export type { E2EEnv };
export { DEBOUNCE_MS, launch };

export interface Distribution {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function distribution(samples: number[]): Distribution {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { n: s.length, median: at(0.5), p95: at(0.95), min: s[0] ?? NaN, max: s.at(-1) ?? NaN };
}

/** A typical 280-character cold-ish DM to the fake X's Alice (marathoner, Paris). */
export const DRAFT_280 =
  'Hi Alice, congrats on the sub-3 in Berlin! I coach a small group of beginner runners in ' +
  'Lyon and your negative-split race plan would help them a lot. Would you share how you ' +
  'paced the last 10k, or do a short Q&A with them next month? Happy to send questions first.';

export function sampleContext(draft = DRAFT_280): DraftContext {
  return {
    draft,
    conversationId: '111-222',
    surface: 'chat',
    recipient: {
      handle: 'alice',
      name: 'Alice Runner',
      bio: 'Marathoner & trail racer. Coaching beginners from couch to 42k. Powered by coffee.',
    },
    messages: [
      { from: 'them', text: 'Hey! Saw your post about the trail race 🏃‍♀️' },
      { from: 'me', text: 'Yes! Are you running it too?' },
      { from: 'them', text: 'Thinking about it.\nHow hilly is it, really?' },
    ],
  };
}

export const chatBox = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });

interface OpenOpts {
  origin?: string;
  path?: string;
  thread?: { from: 'me' | 'them'; text: string }[];
}

/** A fresh tab on fake X's Chat with Alice, optionally with a custom thread. */
export async function openChat(
  env: E2EEnv,
  { origin = 'https://x.com', path = '/i/chat/111-222', thread }: OpenOpts = {},
): Promise<Page> {
  const page = await env.ctx.newPage();
  if (thread)
    await page.addInitScript((t) => {
      (window as unknown as { __fakeXConfig: unknown }).__fakeXConfig = {
        threads: { '111-222': t },
      };
    }, thread);
  await page.goto(`${origin}${path}`);
  await chatBox(page).waitFor({ timeout: 10_000 });
  return page;
}

/** Sends `count` score-draft requests (distinct drafts), `concurrency` at a time; total ms. */
export function scoreRequests(
  world: World,
  count: number,
  concurrency = 1,
): Promise<{ ms: number; failed: number; firstError: string | null; lastMs: number }> {
  const ctx = JSON.stringify(sampleContext());
  return world.evaluate(`(async () => {
    const base = ${ctx};
    let next = 0, failed = 0, firstError = null, lastMs = 0;
    const t0 = performance.now();
    const lane = async () => {
      while (next < ${count}) {
        const i = next++;
        const t = performance.now();
        const context = { ...base, draft: base.draft + (i ? ' #' + i : '') };
        const r = await chrome.runtime.sendMessage({ type: 'score-draft', context });
        lastMs = performance.now() - t;
        if (!r || !r.ok || !r.data || !r.data.verdict) { failed++; firstError ??= JSON.stringify(r).slice(0, 300); }
      }
    };
    await Promise.all(Array.from({ length: ${concurrency} }, lane));
    return { ms: performance.now() - t0, failed, firstError, lastMs };
  })()`);
}

// ---------------------------------------------------------------- worker CDP

interface WorkerCdp {
  send<T = Record<string, unknown>>(method: string, params?: object): Promise<T>;
  detach(): Promise<void>;
}

/** A CDP session on the running worker (flatten: false, so it rides the page session). */
async function workerCdp(env: E2EEnv, page: Page): Promise<WorkerCdp> {
  const cdp: CDPSession = await env.ctx.newCDPSession(page);
  const target = await until(
    async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.find(
        (t) =>
          t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${env.extensionId}/`),
      );
    },
    { message: 'the worker target' },
  );
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let id = 0;
  type CdpReply = { id?: number; result?: unknown; error?: { message: string } };
  const waiting = new Map<number, (m: CdpReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as CdpReply;
    if (m.id !== undefined) waiting.get(m.id)?.(m);
  });
  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      const n = ++id;
      return new Promise<T>((resolve, reject) => {
        waiting.set(n, (m) => {
          waiting.delete(n);
          if (m.error) reject(new Error(`${method}: ${m.error.message}`));
          else resolve(m.result as T);
        });
        cdp
          .send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id: n, method, params }),
          })
          .catch(reject);
      });
    },
    async detach() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}

export interface HeapUsage {
  /** JS heap in use after a full GC. */
  used: number;
  /** ArrayBuffer backing stores (the word vectors live here). */
  backing: number;
}

export async function workerHeap(env: E2EEnv, page: Page): Promise<HeapUsage> {
  const w = await workerCdp(env, page);
  try {
    await w.send('HeapProfiler.enable');
    await w.send('HeapProfiler.collectGarbage');
    await w.send('HeapProfiler.collectGarbage');
    const h = await w.send<{ usedSize: number; backingStorageSize?: number }>(
      'Runtime.getHeapUsage',
    );
    return { used: h.usedSize, backing: h.backingStorageSize ?? 0 };
  } finally {
    await w.detach();
  }
}

// ---------------------------------------------------------------- the figures

/** In the page: stamp keydowns, and the badge settling on a verdict (window.__kb.samples, ms). */
const INSTRUMENT_BADGE = `(() => {
  const kb = (window.__kb = { down: 0, samples: [] });
  document.addEventListener('keydown', (e) => { kb.down = e.timeStamp; }, true);
  const badge = () => document.querySelector('worthy-overlay')?.shadowRoot?.querySelector('[data-worthy="badge"]');
  const check = () => {
    const b = badge();
    if (!b || !kb.down) return;
    // data-state, data-verdict and the accessible name change in the same render.
    if (b.getAttribute('data-state') === 'ready') {
      kb.samples.push(performance.now() - kb.down);
      kb.down = 0;
    }
  };
  const watch = () => {
    const root = document.querySelector('worthy-overlay')?.shadowRoot;
    if (!root) return void setTimeout(watch, 20);
    new MutationObserver(check).observe(root, {
      subtree: true, childList: true, attributes: true,
      attributeFilter: ['data-state', 'aria-label', 'data-verdict'],
    });
  };
  watch();
})()`;
const samplesCount = `window.__kb.samples.length`;
const badgeReady = `document.querySelector('worthy-overlay')?.shadowRoot?.querySelector('[data-worthy="badge"]')?.getAttribute('data-state') === 'ready'`;

/**
 * Keystroke → updated badge, minus the debounce, for `keys` single characters typed into the
 * Chat composer (each after the previous badge settled). Milliseconds per keystroke.
 */
export async function keystrokeToBadge(env: E2EEnv, keys = 30): Promise<number[]> {
  const page = await openChat(env);
  try {
    const box = chatBox(page);
    await box.click();
    await box.pressSequentially('Hi Alice, how did you pace the Berlin marathon? ');
    await page.evaluate(INSTRUMENT_BADGE);
    // The first verdict for the typed prefix, so every measured key starts from a settled badge.
    await until(() => page.evaluate(badgeReady), {
      timeout: 10_000,
      message: 'the first verdict',
    });
    const letters = 'trainingplanforbeginnerswithlonghills';
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press(letters[i % letters.length]!);
      await until(async () => (await page.evaluate<number>(samplesCount)) > i, {
        timeout: 5_000,
        message: `the badge after keystroke ${i + 1}`,
      });
      await page.waitForTimeout(40);
    }
    const raw = await page.evaluate<number[]>('window.__kb.samples');
    return raw.map((ms) => Math.max(0, ms - DEBOUNCE_MS));
  } finally {
    await page.close();
  }
}

/**
 * Worker cold start: stop the worker (CDP `Target.closeTarget`, as Chrome's idle timeout would),
 * then time one score request from the content script until its reply. Milliseconds per run.
 */
export async function coldStart(env: E2EEnv, runs = 5): Promise<number[]> {
  const page = await openChat(env);
  const world = await contentWorld(env, page);
  try {
    await scoreRequests(world, 1); // make sure a worker is up to be stopped
    // Let the page's own first messages (the status report, 800 ms in) go before stopping.
    await page.waitForTimeout(1_200);
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      await stopQuietWorker(env, page);
      const r = await scoreRequests(world, 1);
      if (r.failed) throw new Error(`cold score failed: ${r.firstError}`);
      out.push(r.ms);
    }
    return out;
  } finally {
    await world.detach();
    await page.close();
  }
}

export interface Readiness {
  /** The worker's first line, after its start (the browser's process start and script load). */
  firstLineMs: number;
  /** First line → the message listener is registered (the script's evaluation). */
  listeningMs: number;
  /** First line → the first reply (to the ping that woke it): what a wake that scores nothing waits. */
  answeredMs: number;
  /** First line → the engine's handlers evaluated (after the first reply, src/background/warm-up.ts). */
  engineMs: number;
  /** First line → the engine, the word vectors and the text layer in memory. */
  readyMs: number;
  /** Fetch and open of the word-vector table. */
  vectorsMs: number;
}

/** The worker's User Timing marks (src/background/first-line.ts, index.ts), once it is ready. */
async function readinessOf(env: E2EEnv): Promise<Readiness> {
  const marks = await until(
    async () => {
      const all = await env
        .worker()
        ?.evaluate(() =>
          performance
            .getEntriesByType('mark')
            .map((m) => ({ name: m.name, at: m.startTime, detail: (m as PerformanceMark).detail })),
        )
        .catch(() => null);
      return all?.some((m) => m.name === 'worthy:ready') ? all : null;
    },
    { timeout: 10_000, message: "the worker's ready mark" },
  );
  const at = (name: string): number => marks.find((m) => m.name === name)?.at ?? Number.NaN;
  const first = at('worthy:first-line');
  const vectors = marks.find((m) => m.name === 'worthy:vectors')?.detail as { ms?: number } | null;
  return {
    firstLineMs: first,
    listeningMs: at('worthy:listening') - first,
    answeredMs: at('worthy:answered') - first,
    engineMs: at('worthy:engine') - first,
    readyMs: at('worthy:ready') - first,
    vectorsMs: vectors?.ms ?? Number.NaN,
  };
}

/**
 * Worker readiness from cold: stop the worker as Chrome's idle timeout would, wake it with a ping
 * from the content script's world, and read its marks. One entry per run.
 */
export async function workerReadiness(env: E2EEnv, runs = 5): Promise<Readiness[]> {
  const page = await openChat(env);
  const world = await contentWorld(env, page);
  try {
    await scoreRequests(world, 1);
    await page.waitForTimeout(1_200);
    const out: Readiness[] = [];
    for (let i = 0; i < runs; i++) {
      await stopQuietWorker(env, page);
      await world.evaluate(`chrome.runtime.sendMessage({ type: 'ping' })`);
      out.push(await readinessOf(env));
    }
    return out;
  } finally {
    await world.detach();
    await page.close();
  }
}

/** `stopWorker`, retried when something woke the worker again before it was seen gone. */
async function stopQuietWorker(env: E2EEnv, page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await stopWorker(env, page);
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.waitForTimeout(500);
    }
  }
}

/** Worker heap after a warm-up, then after `count` scored drafts sent from an x.com tab. */
export async function memoryAfterScores(
  env: E2EEnv,
  count = 10_000,
  concurrency = 4,
): Promise<{ before: HeapUsage; after: HeapUsage; ms: number; count: number }> {
  const page = await openChat(env);
  const world = await contentWorld(env, page);
  try {
    await scoreRequests(world, 50, concurrency);
    const before = await workerHeap(env, page);
    const r = await scoreRequests(world, count, concurrency);
    if (r.failed) throw new Error(`${r.failed} of ${count} scores failed: ${r.firstError}`);
    const after = await workerHeap(env, page);
    return { before, after, ms: r.ms, count };
  } finally {
    await world.detach();
    await page.close();
  }
}

export interface LoadCost {
  /** Content-script CPU during the load (profiler samples under the extension's scripts), ms. */
  contentMs: number;
  /** The longest unbroken stretch of those samples, ms. */
  longestMs: number;
}

/**
 * Main-thread time the extension takes while an x.com page loads: the page is opened in a tab
 * whose CPU profiler is already running, from navigation until the content script's deferred
 * work (the status report, 800 ms after the page settles) is done. Counts the always-loaded
 * script's parse, evaluation, composer detection and reports; on a page with a DM composer also
 * the overlay script the worker injects and the first badge. One entry per run.
 */
export async function pageLoadCost(
  env: E2EEnv,
  { path = '/home?drawer=0', runs = 5 }: { path?: string; runs?: number } = {},
): Promise<LoadCost[]> {
  const out: LoadCost[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await env.ctx.newPage();
    const cdp = await env.ctx.newCDPSession(page);
    try {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(`https://x.com${path}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(LOAD_SETTLE_MS);
      const { profile } = await cdp.send('Profiler.stop');
      const t = extensionTime(profile, `chrome-extension://${env.extensionId}/`);
      if (t.samples === 0 && i === 0)
        throw new Error(`no sample of the extension's scripts while ${path} loaded`);
      out.push({ contentMs: t.totalMs, longestMs: t.longestMs });
    } finally {
      await cdp.detach().catch(() => {});
      await page.close();
    }
  }
  return out;
}
/** After `load`: the content script reports the page's status 800 ms after it settles. */
const LOAD_SETTLE_MS = 1_500;

export interface MutationCost {
  messages: number;
  batches: number;
  perBatch: number;
  /** Content-script CPU (profiler samples under the extension's scripts) per batch, ms. */
  contentMsPerBatch: number;
  /** The longest unbroken stretch of content-script samples, ms. */
  contentLongestMs: number;
  /** Main-thread task time per batch with the extension minus without (A/B), ms. */
  taskDeltaMsPerBatch: number;
  taskMsPerBatchWith: number;
  taskMsPerBatchWithout: number;
}

/** Fake X's Chat with `messages` messages, a draft typed, then `batches` appends of `perBatch`. */
export async function mutationCost(
  env: E2EEnv,
  { messages = 3_000, batches = 30, perBatch = 5 } = {},
): Promise<MutationCost> {
  const thread = Array.from({ length: messages }, (_, i) => ({
    from: (i % 3 === 0 ? 'me' : 'them') as 'me' | 'them',
    text: `Message ${i + 1}: the long run on Sunday went fine, ${i % 7} km of hills and a coffee after.`,
  }));
  const run = async (origin: string, profile: boolean) => {
    const page = await openChat(env, { origin, thread });
    const cdp = await env.ctx.newCDPSession(page);
    try {
      const box = chatBox(page);
      await box.click();
      await box.pressSequentially('Thanks, that helps a lot');
      // Let scoring, the status report and any re-render settle before measuring.
      await page.waitForTimeout(1_500);
      await cdp.send('Performance.enable');
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const task = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
      };
      const t0 = await task();
      await page.evaluate(appendBatches({ batches, perBatch }));
      // Long enough for the content script's deferred work (status report, 800 ms) to run.
      await page.waitForTimeout(1_000);
      const t1 = await task();
      let content = { totalMs: 0, longestMs: 0, samples: 0 };
      if (profile) {
        const { profile: p } = await cdp.send('Profiler.stop');
        content = extensionTime(p, `chrome-extension://${env.extensionId}/`);
      }
      return { taskMs: (t1 - t0) * 1000, content };
    } finally {
      await cdp.detach().catch(() => {});
      await page.close();
    }
  };
  const plain = `https://127.0.0.1:${env.server.port}`;
  const without = await run(plain, false);
  const withExt = await run('https://x.com', false);
  const profiled = await run('https://x.com', true);
  return {
    messages,
    batches,
    perBatch,
    contentMsPerBatch: profiled.content.totalMs / batches,
    contentLongestMs: profiled.content.longestMs,
    taskDeltaMsPerBatch: (withExt.taskMs - without.taskMs) / batches,
    taskMsPerBatchWith: withExt.taskMs / batches,
    taskMsPerBatchWithout: without.taskMs / batches,
  };
}

/**
 * In the page: append `perBatch` incoming messages (clones of a real row) `batches` times, one
 * batch per frame as messages arrive. Page code is a string: tsx's helpers do not exist there.
 */
const appendBatches = ({
  batches,
  perBatch,
}: {
  batches: number;
  perBatch: number;
}): string => `(async () => {
  const root = document.querySelector('[data-testid="xchatEmbedRoute"]')?.shadowRoot ?? document;
  const rows = [...root.querySelectorAll('li[data-dm-item-key]')];
  const template = rows.reverse().find((li) => li.querySelector('[data-dm-message-row]'));
  const spacer = root.querySelector('[data-testid="dm-message-list-composer-spacer"]');
  if (!template || !spacer?.parentNode) throw new Error('no message row to clone');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  let n = 0;
  for (let b = 0; b < ${batches}; b++) {
    const frag = document.createDocumentFragment();
    for (let k = 0; k < ${perBatch}; k++) {
      const li = template.cloneNode(true);
      const id = 'bench-' + b + '-' + k;
      li.setAttribute('data-dm-item-key', id);
      const row = li.querySelector('[data-dm-message-row]');
      row?.setAttribute('data-dm-message-row', id);
      row?.setAttribute('data-testid', 'message-' + id);
      li.querySelector('[data-testid^="message-text-"]')?.setAttribute('data-testid', 'message-text-' + id);
      const span = li.querySelector('.whitespace-pre-wrap');
      if (span) span.textContent = 'New message ' + ++n + ': are you coming to the Sunday long run?';
      frag.appendChild(li);
    }
    spacer.parentNode.insertBefore(frag, spacer);
    await frame();
    await frame();
  }
})()`;

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { url: string; functionName?: string; lineNumber?: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Milliseconds of samples whose stack holds a frame from `urlPrefix`: in all, and the longest
 * unbroken stretch of them (about the content script's longest task).
 */
export function extensionTime(
  p: CpuProfile,
  urlPrefix: string,
): { totalMs: number; longestMs: number; samples: number } {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const inExt = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const v =
      !!node && (node.callFrame.url.startsWith(urlPrefix) || (up !== undefined && inExt(up)));
    memo.set(id, v);
    return v;
  };
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  // WORTHY_PROFILE_TOP=1: also print where the extension's samples land (self time by function),
  // the first thing to read when a main-thread budget breaks.
  if (process.env.WORTHY_PROFILE_TOP) {
    const self = new Map<string, number>();
    for (let i = 0; i < samples.length - 1; i++) {
      if (!inExt(samples[i]!)) continue;
      const n = byId.get(samples[i]!)!;
      const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      self.set(k, (self.get(k) ?? 0) + (deltas[i + 1] ?? 0));
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [k, us] of top) console.error(`${(us / 1000).toFixed(1)} ms  ${k}`);
  }
  let total = 0;
  let run = 0;
  let longest = 0;
  let count = 0;
  // A sample's duration is the gap to the next sample.
  for (let i = 0; i < samples.length - 1; i++) {
    if (inExt(samples[i]!)) {
      const us = deltas[i + 1] ?? 0;
      total += us;
      count++;
      run += us;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  return { totalMs: total / 1000, longestMs: longest / 1000, samples: count };
}
