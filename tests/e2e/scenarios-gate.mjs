/**
 * Issue 9's proof: the gate tells the truth with a long history and a sleeping worker. A backup of
 * 20,000 sends is restored through the popup; then, ten times each and every time from a stopped
 * worker, a draft is pasted into the composer and Enter pressed at once:
 *   - spam in a cold thread: held 10 of 10;
 *   - a good reply to a customer (a different customer each time): sent 10 of 10;
 *   - the 12th copy of a template (11 copies to 11 people are in the backup): held 10 of 10.
 * The last scenario deletes everything again, so the files that follow start empty.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupWith } from '../fixtures/history/backup.mjs';
import { nameOf, TEMPLATE } from '../fixtures/history/blast.mjs';
import { extensionPage, sent, stopWorker, until } from './harness.mjs';
import { chatBox, dialog, open, SPAM } from './scenarios.mjs';

const SENDS = 20_000;
const RUNS = 10;
/** The account fake X shows in its side navigation (tests/fixtures/x-site). */
const ACCOUNT = 'acme_support';
const customerReply = (name) =>
  `Hi ${name}, sorry about the wait on order #4412. I checked: it shipped Friday and should ` +
  'arrive tomorrow. I will follow up if it does not.';
const CUSTOMERS = ['ana', 'bo', 'cy', 'dee', 'eli', 'fay', 'gil', 'hal', 'ivy', 'jo'];

/** A request from Worthy's own page to the worker, unwrapped; throws on `{ok: false}`. */
async function ask(ext, message) {
  const r = await ext.evaluate((m) => chrome.runtime.sendMessage(m), message);
  if (!r?.ok) throw new Error(`${message.type}: ${r?.error ?? JSON.stringify(r)}`);
  return r.data;
}

/**
 * `tabs` pages' own reports (each sent 800 ms after its page settles) have reached the worker, so
 * nothing of theirs is left to wake the worker once it is stopped.
 */
async function settled(ext, since, tabs = 1) {
  await until(
    async () => {
      const all = await ext.evaluate(() => chrome.storage.session.get(null));
      return Object.values(all).filter((s) => s?.diagnosis && s.updatedAt >= since).length >= tabs;
    },
    { timeout: 10_000, message: "the pages' status reports" },
  );
}

/**
 * A first paste, not counted: the composer then holds text for the rest of the runs, so the
 * page's status report (Send appeared) goes out now, not while a later run has the worker
 * stopped.
 */
async function prime(page, ext) {
  const t0 = Date.now();
  const box = chatBox(page);
  await box.click();
  await page.evaluate(() => navigator.clipboard.writeText('…'));
  await page.keyboard.press('ControlOrMeta+V');
  await settled(ext, t0);
}

/**
 * Stops the worker, then as a user would: into the composer, paste, Enter at once. Resolves with
 * what happened and how long after Enter.
 */
async function pasteAndSend(env, page, text) {
  const before = (await sent(page)).length;
  await page.bringToFront();
  await stopWorker(env, page);
  const box = chatBox(page);
  await box.click();
  await box.press('ControlOrMeta+a');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
  const t0 = Date.now();
  await page.keyboard.press('Enter');
  const outcome = await until(
    async () =>
      (await sent(page)).length > before
        ? 'sent'
        : (await dialog(page).isVisible())
          ? 'held'
          : null,
    { timeout: 5_000, message: 'the send or the warning' },
  );
  const ms = Date.now() - t0;
  if (outcome === 'held') {
    await dialog(page).getByRole('button', { name: 'Edit message' }).click();
    await dialog(page).waitFor({ state: 'hidden', timeout: 3_000 });
  } else {
    const out = (await sent(page)).slice(before);
    if (out.length !== 1 || out[0] !== text) throw new Error(`sent ${JSON.stringify(out)}`);
  }
  return { outcome, ms };
}

function summary(results, wanted) {
  const hits = results.filter((r) => r.outcome === wanted).length;
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const line = `${wanted} ${hits} of ${results.length}; Enter → outcome median ${ms[Math.floor(ms.length / 2)]} ms, max ${ms.at(-1)} ms`;
  if (hits !== results.length) throw new Error(`${line}: ${JSON.stringify(results)}`);
  return line;
}

/** Worthy's own page (to read session storage) and the clipboard, for a run of pastes. */
async function withTools(env, run) {
  await env.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://x.com',
  });
  const ext = await extensionPage(env);
  try {
    return await run(ext);
  } finally {
    await ext.close();
    await env.ctx.clearPermissions();
  }
}

/** RUNS pastes into one thread, a new text each time (so no verdict is known beforehand). */
function inOneThread(page, env, path, textOf, wanted) {
  return withTools(env, async (ext) => {
    await open(page, path);
    await prime(page, ext);
    const results = [];
    for (let i = 1; i <= RUNS; i++) results.push(await pasteAndSend(env, page, textOf(i)));
    return summary(results, wanted);
  });
}

export const scenarios = [
  {
    timeoutMs: 90_000,
    name: 'gate: a backup of 20,000 sends restores through the popup (checked, all or nothing)',
    async run({ env }) {
      const dir = await mkdtemp(join(tmpdir(), 'worthy-backup-'));
      const file = join(dir, 'worthy-backup.json');
      try {
        await writeFile(file, JSON.stringify(backupWith({ sends: SENDS, account: ACCOUNT })));
        const popup = await extensionPage(env);
        try {
          await popup.getByRole('tab', { name: 'Privacy' }).click();
          await popup.getByLabel('Restore from a backup…').setInputFiles(file);
          const t0 = Date.now();
          await popup.getByRole('button', { name: 'Yes, restore it' }).click();
          await popup
            .getByRole('status')
            .filter({ hasText: `Restored ${SENDS} sends` })
            .waitFor({ timeout: 80_000 });
          const ms = Date.now() - t0;
          const stored = (await ask(popup, { type: 'get-history-summary' })).storage.counts.sends;
          if (stored !== SENDS) throw new Error(`${stored} sends stored`);
          return `restored ${SENDS} sends in ${ms} ms`;
        } finally {
          await popup.close();
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
  {
    timeoutMs: 60_000,
    name: 'gate: spam pasted and sent at once, from a stopped worker, with 20,000 sends: held 10 of 10',
    run: ({ page, env }) =>
      inOneThread(page, env, '/i/chat/111-222?thread=cold', (i) => `${SPAM} (${i})`, 'held'),
  },
  {
    timeoutMs: 60_000,
    name: 'gate: a good customer reply pasted and sent at once, from a stopped worker: sent 10 of 10',
    run: ({ env }) =>
      withTools(env, async (ext) => {
        // A tab per customer, all opened at once: each reports its page once, then stays quiet.
        const t0 = Date.now();
        const tabs = await Promise.all(
          CUSTOMERS.slice(0, RUNS).map(async (who, i) => {
            const tab = await env.ctx.newPage();
            await open(tab, `/i/chat/80${i}-1?thread=customer&to=${who}`);
            await chatBox(tab).waitFor();
            return { tab, who };
          }),
        );
        try {
          await settled(ext, t0, tabs.length);
          const results = [];
          for (const { tab, who } of tabs) {
            results.push(await pasteAndSend(env, tab, customerReply(nameOf(who))));
            // Its report of the sent message would wake the worker during the next run.
            await tab.close();
          }
          return summary(results, 'sent');
        } finally {
          await Promise.all(tabs.map(({ tab }) => tab.close().catch(() => {})));
        }
      }),
  },
  {
    timeoutMs: 60_000,
    name: 'gate: the 12th copy of a template to a 12th person, from a stopped worker: held 10 of 10',
    // Digits fold to 0 in fingerprints: the same template each time, a new text for the gate.
    run: ({ page, env }) =>
      inOneThread(
        page,
        env,
        '/i/chat/7012-1?thread=cold&to=lucia',
        (i) => `${TEMPLATE('Lucia')} ${i}`,
        'held',
      ),
  },
  {
    name: 'gate: Delete everything empties the 20,000 restored sends',
    async run({ env }) {
      const popup = await extensionPage(env);
      try {
        await popup.getByRole('tab', { name: 'Privacy' }).click();
        await popup.getByRole('button', { name: /^Delete everything/ }).click();
        const t0 = Date.now();
        await popup.getByRole('button', { name: 'Yes, delete everything' }).click();
        await popup
          .getByRole('status')
          .filter({ hasText: /deleted/ })
          .waitFor({ timeout: 10_000 });
        const s = await ask(popup, { type: 'get-history-summary' });
        if (s.storage.counts.sends !== 0) throw new Error(`${s.storage.counts.sends} left`);
        return `deleted in ${Date.now() - t0} ms`;
      } finally {
        await popup.close();
      }
    },
  },
  {
    name: 'gate: the release build carries no test hooks (no __worthyStats in the worker)',
    async run({ page, env }) {
      await open(page, '/i/chat/111-222');
      const sw = await until(() => env.worker(), { message: 'a running worker' });
      const hook = await sw.evaluate(() => typeof globalThis.__worthyStats);
      if (hook !== 'undefined') throw new Error(`__worthyStats is ${hook}`);
      return 'none';
    },
  },
];
