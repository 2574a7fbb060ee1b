/**
 * Hardening in real Chromium: huge pastes, huge profiles, bursts of sends, a worker killed while a
 * send is held, hostile profile text, messages from where they should not come from, and X pages
 * Worthy cannot read. Each scenario states what must hold and prints the figures it measured.
 * The popup is opened as a page with `?tab=<tab id>` (src/popup/api-extension.ts) to show the
 * guidance of a given x.com tab instead of the active tab (the popup page itself).
 */
import { extensionPage, sent, stopWorker, until } from './harness.mjs';
import {
  badge,
  chatBox,
  coldSpam,
  dialog,
  open,
  SPAM,
  verdictOf,
  waitVerdict,
} from './scenarios.mjs';

async function noDialog(page) {
  if (await dialog(page).isVisible()) throw new Error('a warning dialog is showing');
}

/** Runs `fn(ext)` on a fresh popup page (an extension page: `chrome.*` available). */
export async function withExtension(env, fn, path) {
  const ext = await extensionPage(env, path);
  try {
    return await fn(ext);
  } finally {
    await ext.close();
  }
}

/** The browser tab id of `page`: the one tab id that appears while it is opened. */
export async function tabIdOf(env, openPage) {
  return withExtension(env, async (ext) => {
    const ids = () => ext.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const before = new Set(await ids());
    const page = await openPage();
    const fresh = (await ids()).filter((id) => !before.has(id));
    if (fresh.length !== 1) throw new Error(`expected one new tab, got ${fresh}`);
    return { page, tabId: fresh[0] };
  });
}

/** 100,000 characters: words, emoji, Arabic and Hebrew with English, zero-width runs. */
function hugeDraft() {
  const parts = [
    'Thanks for the update on order #4412. ',
    '🚀🔥👍🏽👨‍👩‍👧 ',
    'مرحبا Alice، شكرا على الرد. ',
    'שלום Bob, the parcel ships Friday. ',
    '\u200b\u200b\u200c\u200d\u2060',
    'A longer sentence about delivery times, tracking numbers and refunds. ',
  ];
  let s = '';
  for (let i = 0; s.length < 100_000; i++) s += parts[i % parts.length];
  return s.slice(0, 100_000);
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

export const scenarios = [
  {
    name: 'hardening: a 100,000-char paste is accepted, typing stays responsive, the badge settles',
    async run({ page }) {
      await open(page, '/i/chat/333-444');
      const box = chatBox(page);
      await box.click();
      const text = hugeDraft();
      // Like X's own paste: the textarea's value setter, then an input event.
      const pasteMs = await page.evaluate((t) => {
        const t0 = performance.now();
        window.__fakeX.setChatDraft(t);
        return Math.round(performance.now() - t0);
      }, text);
      await box.press('End');
      const typed = ' Cheers!';
      const t0 = Date.now();
      await box.pressSequentially(typed);
      const typeMs = Date.now() - t0;
      const tv = Date.now();
      await until(
        async () =>
          (await verdictOf(page)) &&
          (await badge(page).getAttribute('data-state')) === 'ready' &&
          (await box.inputValue()) === text + typed,
        { timeout: 15_000, message: 'a settled badge for the whole draft' },
      );
      const settleMs = Date.now() - tv;
      const value = await box.inputValue();
      if (value !== text + typed) throw new Error(`draft altered (length ${value.length})`);
      if (typeMs > 5_000) throw new Error(`typing ${typed.length} keys took ${typeMs} ms`);
      if ((await sent(page)).length) throw new Error('something was sent');
      return `paste handled in ${pasteMs} ms, ${typed.length} keys typed in ${typeMs} ms, badge "${await verdictOf(page)}" settled ${settleMs} ms after typing, draft intact`;
    },
  },
  {
    name: 'hardening: a profile with 3,000 posts is read, stored (capped) and used',
    async run({ page, env }) {
      const t0 = Date.now();
      await open(page, '/alice?posts=3000', { threads: { '111-222': [] } });
      await page.getByRole('button', { name: 'Message' }).first().waitFor({ timeout: 5_000 });
      const loadMs = Date.now() - t0;
      const stored = await withExtension(env, (ext) =>
        until(
          async () => {
            const r = await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'export-data' }));
            const p = r?.ok && r.data?.profiles?.find?.((x) => x.handle === 'alice');
            return p?.posts?.some((s) => s.includes('Training log')) ? p.posts.length : null;
          },
          { timeout: 8_000, message: "alice's many posts in the store" },
        ),
      );
      const storedMs = Date.now() - t0;
      await page.getByRole('button', { name: 'Message' }).first().click();
      await until(() => page.url().includes('/i/chat/111-222'), { message: 'the chat' });
      const box = chatBox(page);
      await box.click();
      await box.pressSequentially('How did your hill repeats and tempo run go this week?');
      const v = await waitVerdict(page, { timeout: 8_000 });
      return `page with 3,005 posts up in ${loadMs} ms; ${stored} posts stored after ${storedMs} ms; verdict ${v}`;
    },
  },
  {
    name: 'hardening: 50 quick good replies all go out once, in order, with no dialog',
    async run({ page }) {
      await open(page, '/i/chat/333-444');
      const box = chatBox(page);
      const texts = Array.from(
        { length: 50 },
        (_, i) => `Update ${i + 1} on order #4412: it is with the courier, I will keep you posted.`,
      );
      let dialogs = 0;
      const t0 = Date.now();
      for (const [i, t] of texts.entries()) {
        await box.fill(t);
        await box.press('Enter');
        await until(async () => (await sent(page)).length === i + 1, {
          timeout: 3_000,
          message: `send ${i + 1}`,
        }).catch(async (e) => {
          if (await dialog(page).isVisible()) {
            const why = (await dialog(page).innerText()).replace(/\s+/g, ' ').slice(0, 300);
            throw new Error(`send ${i + 1} was held: ${why}`);
          }
          throw e;
        });
        if (await dialog(page).isVisible()) dialogs++;
      }
      const ms = Date.now() - t0;
      await wait(400);
      const out = await sent(page);
      if (dialogs) throw new Error(`${dialogs} warning dialog(s) for good replies`);
      if (out.length !== 50 || out.some((s, i) => s !== texts[i]))
        throw new Error(`sent ${out.length}: ${JSON.stringify(out.slice(0, 3))}…`);
      await noDialog(page);
      return `50 sent in order in ${ms} ms (${Math.round(ms / 50)} ms each), none lost or doubled`;
    },
  },
  {
    name: 'hardening: the worker killed between the hold and "Send anyway": sent once, exact text',
    async run({ page, env }) {
      const box = await coldSpam(page);
      await box.press('Enter');
      await dialog(page).waitFor({ state: 'visible', timeout: 3_000 });
      await stopWorker(env, page);
      await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
      await until(async () => (await sent(page)).length > 0, { timeout: 3_000, message: 'send' });
      await wait(500);
      const out = await sent(page);
      if (out.length !== 1 || out[0] !== SPAM) throw new Error(`sent ${JSON.stringify(out)}`);
      await noDialog(page);
      return 'worker gone, override sent once with the exact text';
    },
  },
  {
    name: 'hardening: a hostile profile bio stays text (no markup, no script, no alert)',
    async run({ page, env }) {
      const bio =
        'Marathon coach <img src=x onerror=alert(1)><script>window.__pwned=1</script> ' +
        'writing trail running and marathon training plans';
      const alerts = [];
      page.on('dialog', (d) => {
        alerts.push(d.message());
        d.dismiss().catch(() => {});
      });
      await open(page, '/alice', { threads: { '111-222': [] }, users: { alice: { bio } } });
      await page.getByRole('button', { name: 'Message' }).first().waitFor({ timeout: 5_000 });
      await withExtension(env, (ext) =>
        until(
          async () => {
            const r = await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'export-data' }));
            return r?.ok && JSON.stringify(r.data).includes('__pwned');
          },
          { timeout: 5_000, message: 'the hostile bio in the store' },
        ),
      );
      await page.getByRole('button', { name: 'Message' }).first().click();
      await until(() => page.url().includes('/i/chat/111-222'), { message: 'the chat' });
      const box = chatBox(page);
      await box.click();
      await box.pressSequentially(
        'Your marathon training plans look great. Do you coach trail running too?',
      );
      await waitVerdict(page);
      await badge(page).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Details' }).click();
      const inside = await page.evaluate(() => {
        const root = document.querySelector('worthy-overlay')?.shadowRoot;
        return {
          imgs: root?.querySelectorAll('img').length ?? -1,
          scripts: root?.querySelectorAll('script').length ?? -1,
          text: root?.querySelector('[data-worthy="card"]')?.textContent ?? '',
        };
      });
      const pwned = await page.evaluate(() => window.__pwned);
      if (pwned !== undefined) throw new Error('window.__pwned was set');
      if (alerts.length) throw new Error(`alert fired: ${alerts.join(', ')}`);
      if (inside.imgs !== 0 || inside.scripts !== 0)
        throw new Error(`overlay holds ${inside.imgs} <img>, ${inside.scripts} <script>`);
      const shown = inside.text.includes('<img src=x') || inside.text.includes('<script>');
      if (!shown) throw new Error(`the bio is not quoted as text in the card: ${inside.text}`);
      return 'bio markup shown as literal text in the card; nothing ran, no <img>/<script> in the overlay';
    },
  },
  {
    name: 'hardening: only our own scripts reach the worker; malformed requests are refused',
    async run({ page, env }) {
      await open(page, '/i/chat/111-222');
      const pageSide = await page.evaluate(() => {
        if (typeof window.chrome?.runtime?.sendMessage !== 'function') return 'no chrome.runtime';
        try {
          window.chrome.runtime.sendMessage('x', { type: 'delete-all-data' });
          return 'sendMessage did not throw';
        } catch (e) {
          return `threw: ${e.message}`;
        }
      });
      if (pageSide === 'sendMessage did not throw') throw new Error('the page can message');
      const result = await withExtension(env, (ext) =>
        ext.evaluate(async () => {
          const send = (m) => chrome.runtime.sendMessage(m);
          const ctx = {
            draft: 'hi',
            conversationId: '1-2',
            surface: 'chat',
            recipient: {},
            messages: [],
          };
          const fromContent = {
            'score-draft': { type: 'score-draft', context: ctx },
            'profile-seen': { type: 'profile-seen', profile: { handle: 'alice', posts: [] } },
            'send-recorded': {
              type: 'send-recorded',
              context: ctx,
              verdict: 'send',
              held: false,
              overridden: false,
            },
            'page-status': {
              type: 'page-status',
              diagnosis: {
                route: 'chat',
                composer: true,
                sendButton: true,
                recipient: true,
                messages: 0,
                profile: false,
              },
            },
          };
          const refused = {};
          for (const [k, m] of Object.entries(fromContent)) refused[k] = await send(m);
          const malformed = [
            null,
            'ping',
            [],
            {},
            { type: 'nope' },
            { type: 'score-draft', context: { ...ctx, draft: 5 } },
            { type: 'profile-seen', profile: { handle: 'not a handle!', posts: [] } },
            { type: 'send-recorded', context: ctx, verdict: 'maybe', held: 1 },
            { type: 'page-status', diagnosis: { route: 'moon' } },
            { type: 'get-tab-state', tabId: 'seven' },
            { type: 'patch-settings', patch: { gate: 'always' } },
            { type: 'delete-recipient', handle: '../../etc' },
            { type: 'score-draft', context: { ...ctx, draft: 'x'.repeat(200_001) } },
          ];
          const bad = [];
          for (const m of malformed) bad.push(await send(m));
          const after = await send({ type: 'ping' });
          return { refused, bad, after };
        }),
      );
      for (const [k, r] of Object.entries(result.refused)) {
        if (r?.ok !== false || !/only the content script/.test(r.error))
          throw new Error(`${k} from the popup not refused: ${JSON.stringify(r).slice(0, 200)}`);
      }
      for (const [i, r] of result.bad.entries()) {
        if (r?.ok !== false || !/^malformed request: \S/.test(r.error))
          throw new Error(
            `malformed #${i} not refused clearly: ${JSON.stringify(r).slice(0, 200)}`,
          );
      }
      if (!result.after?.ok) throw new Error(`the worker stopped answering: ${result.after}`);
      return `page: ${pageSide}; ${Object.keys(result.refused).length} content-only requests refused; ${result.bad.length} malformed refused (e.g. "${result.bad[5].error}"); ping still answered`;
    },
  },
  ...[
    ['every testid renamed', 'broken=1'],
    ['only Send renamed', 'broken=send'],
  ].map(([what, query]) => ({
    name: `hardening: X's DOM with ${what}: no badge, sends untouched, the popup says it stands aside`,
    async run({ page: unused, env }) {
      await unused.close();
      const { page, tabId } = await tabIdOf(env, async () => {
        const p = await env.ctx.newPage();
        await p.goto(`https://x.com/i/chat/999-999?thread=cold&${query}`);
        return p;
      });
      try {
        const box = chatBox(page);
        await box.click();
        await box.pressSequentially(SPAM);
        await wait(1_000);
        if ((await badge(page).count()) > 0) throw new Error('a badge appeared');
        await box.press('Enter');
        await until(async () => (await sent(page)).length === 1, {
          timeout: 2_000,
          message: "the page's own send (Enter)",
        });
        await box.pressSequentially(SPAM);
        await page.getByRole('button', { name: /^(Send|Submit)$/ }).click();
        await until(async () => (await sent(page)).length === 2, {
          timeout: 2_000,
          message: "the page's own send (click)",
        });
        const out = await sent(page);
        if (out.some((s) => s !== SPAM)) throw new Error(`sent ${JSON.stringify(out)}`);
        await noDialog(page);
        // The popup describes the page as it is now: with an empty composer nothing is missing
        // (Chat shows no Send button then), so type again before asking it.
        await box.pressSequentially(SPAM);
        const notice = await withExtension(
          env,
          async (ext) => {
            const n = ext.getByText(/staying out of the way/);
            await n.waitFor({ timeout: 4_000 });
            return n.textContent();
          },
          `src/popup/index.html?tab=${tabId}`,
        );
        return `2 sends went through untouched; popup: "${notice.trim().slice(0, 60)}…"`;
      } finally {
        await page.close();
      }
    },
  })),
];
