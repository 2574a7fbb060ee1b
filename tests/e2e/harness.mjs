/**
 * Shared plumbing for the end-to-end run and the demo: the fake X server, Chromium with the built
 * extension loaded, the service worker handle, and small polling helpers (no fixed sleeps).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startFakeX } from '../fixtures/x-site/server.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');

export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium-browser',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH',
    );
  }
  return found;
}

export function checkDist() {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error(`${DIST}/manifest.json is missing: run \`npm run build\` first`);
  }
}

/**
 * Starts fake X and a persistent Chromium context with dist/ loaded.
 * @param {{ headless?: boolean, colorScheme?: 'light' | 'dark' }} [opts]
 */
export async function launch({ headless = true, colorScheme = 'light' } = {}) {
  checkDist();
  const server = await startFakeX({ port: 0 });
  const userDataDir = await mkdtemp(join(tmpdir(), 'worthy-e2e-'));
  const t0 = performance.now();
  let ctx;
  try {
    ctx = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless,
      colorScheme,
      viewport: { width: 1280, height: 800 },
      ignoreHTTPSErrors: true,
      args: [
        `--disable-extensions-except=${DIST}`,
        `--load-extension=${DIST}`,
        `--host-resolver-rules=MAP x.com 127.0.0.1:${server.port}, MAP twitter.com 127.0.0.1:${server.port}`,
        '--ignore-certificate-errors',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  } catch (e) {
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const sw =
    ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(sw.url()).host;
  const launchMs = Math.round(performance.now() - t0);
  return {
    ctx,
    server,
    extensionId,
    launchMs,
    /** The worker (Playwright keeps the handle across restarts; it re-attaches on wake). */
    worker: () => ctx.serviceWorkers().find((w) => w.url().includes(extensionId)),
    async close() {
      await ctx.close().catch(() => {});
      await server.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

/** Polls `fn` until it returns a truthy value; throws `message` (plus the last value) on timeout. */
export async function until(fn, { timeout = 5_000, interval = 50, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > end) {
      throw new Error(
        `timed out after ${timeout} ms waiting for ${message} (last: ${JSON.stringify(last)})`,
      );
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The worker's service-worker target ids, through the browser's DevTools protocol. */
async function workerTargets(cdp, extensionId) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
}

/**
 * Stops the extension's service worker the way Chrome does when it idles it out, and checks
 * that it is really gone.
 */
export async function stopWorker(env, page) {
  const cdp = await env.ctx.newCDPSession(page);
  try {
    const targets = await workerTargets(cdp, env.extensionId);
    if (targets.length === 0) throw new Error('no running worker to stop');
    const started = await workerOrigin(env);
    // Closing a service-worker target stops the worker (as Chrome's idle timeout would).
    for (const t of targets) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    // The stopped worker's targets must go. A message from the page (the badge, page status)
    // may wake a new worker at once: with a new target id, or under the same id but with a
    // new time origin. Either way the old worker is gone.
    const old = new Set(targets.map((t) => t.targetId));
    await until(
      async () =>
        (await workerTargets(cdp, env.extensionId)).every((t) => !old.has(t.targetId)) ||
        ((await workerOrigin(env)) ?? started) !== started,
      { message: 'the worker target to disappear' },
    );
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * When the running worker started (`performance.timeOrigin`), or null when none answers within a
 * second (an evaluate in a worker being stopped can hang rather than fail).
 */
async function workerOrigin(env) {
  const ask = env
    .worker()
    ?.evaluate(() => performance.timeOrigin)
    .catch(() => null);
  if (!ask) return null;
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), 1_000);
  });
  try {
    return (await Promise.race([ask, late])) ?? null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The extension's isolated world in `page`, where the content script (and the overlay script the
 * worker injects) run: `evaluate(expression)` there through CDP, with that world's context id.
 */
export async function contentWorld(env, page) {
  const cdp = await env.ctx.newCDPSession(page);
  const origin = `chrome-extension://${env.extensionId}`;
  const ids = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin === origin) ids.push(e.context.id);
  });
  cdp.on('Runtime.executionContextsCleared', () => {
    ids.length = 0;
  });
  await cdp.send('Runtime.enable'); // reports the existing contexts
  await until(() => ids.length > 0, { message: "the content script's isolated world" });
  return {
    async evaluate(expression) {
      const r = await cdp.send('Runtime.evaluate', {
        contextId: ids.at(-1),
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (r.exceptionDetails)
        throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}

/** `window.__sent` of the fake X page (main world). */
export const sent = (page) => page.evaluate(() => window.__sent ?? []);

/** The deepest focused element is `locator`'s element (focus inside shadow roots included). */
export function isFocused(locator) {
  return locator.evaluate((el) => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === el;
  });
}

/** Opens an extension page (the popup) and runs `chrome.*` code there. */
export async function extensionPage(env, path = 'src/popup/index.html') {
  const page = await env.ctx.newPage();
  await page.goto(`chrome-extension://${env.extensionId}/${path}`);
  return page;
}
