/**
 * Issue 12's small always-loaded script, in the browser: the badge and card are a second script
 * the worker injects only when a DM composer first appears, whatever the route (X's route changes
 * keep the document; the DM drawer opens on any page). Until it is there, the gate still holds,
 * warns and fails open without losing a draft.
 */
import { contentWorld, extensionPage, sent, until } from './harness.mjs';
import { badge, chatBox, dialog, legacyBox, open, SPAM, waitVerdict } from './scenarios.mjs';

/** Whether the overlay script has run in this tab's isolated world (src/overlay/port.ts). */
const OFFERED = `typeof globalThis[Symbol.for('worthy.overlay-ui')] === 'function'`;

/** The card opens from the badge and shows its verdict. */
async function cardWorks(page) {
  await badge(page).first().click();
  const card = page.locator('worthy-overlay [data-worthy="card"]');
  await card.waitFor({ timeout: 5_000 });
  const words = await card.textContent();
  await page.keyboard.press('Escape');
  return words;
}

/**
 * Opens `path` and waits for the page's first status report to reach the worker (sent once the
 * page settles): the content script has looked at the page by then.
 */
async function openAndLook(page, env, path) {
  const t0 = Date.now();
  await open(page, path);
  const ext = await extensionPage(env);
  try {
    await until(
      async () => {
        const all = await ext.evaluate(() => chrome.storage.session.get(null));
        return Object.values(all).some((s) => s?.diagnosis && s.updatedAt >= t0);
      },
      { timeout: 10_000, message: "the page's status report" },
    );
  } finally {
    await ext.close();
  }
  return contentWorld(env, page);
}

export const scenarios = [
  {
    name: 'light: no overlay script where there is no composer; it comes with Chat after a route change',
    async run({ page, env }) {
      const world = await openAndLook(page, env, '/home?drawer=0');
      try {
        if (await world.evaluate(OFFERED)) throw new Error('overlay script on a page without DMs');
        if ((await page.locator('worthy-overlay').count()) !== 0)
          throw new Error('Worthy added to a page without DMs');
        // X's router: same document, new route.
        await page.evaluate(() => window.__fakeX.navigate('/i/chat/111-222'));
        await chatBox(page).waitFor({ timeout: 10_000 });
        await until(() => world.evaluate(OFFERED), {
          timeout: 10_000,
          message: 'the overlay script after the composer appeared',
        });
        await chatBox(page).click();
        await chatBox(page).pressSequentially(SPAM.slice(0, 60));
        const v = await waitVerdict(page);
        const card = await cardWorks(page);
        return `none on /home; after navigate → /i/chat: badge ${v}, card "${card.slice(0, 40)}…"`;
      } finally {
        await world.detach();
      }
    },
  },
  {
    name: 'light: the DM drawer opened on the home timeline brings the badge and card',
    async run({ page, env }) {
      const world = await openAndLook(page, env, '/home?drawer=0');
      try {
        if (await world.evaluate(OFFERED)) throw new Error('overlay script before the drawer');
        // The drawer opens on a non-DM route (fake X re-renders /home with it, same document).
        await page.evaluate(() => window.__fakeX.go('/home'));
        const box = legacyBox(page);
        await box.waitFor({ timeout: 10_000 });
        await box.click();
        await box.pressSequentially('Hey Alice, quick one: are you racing Chamonix this year?');
        const v = await waitVerdict(page);
        const card = await cardWorks(page);
        return `drawer on /home: badge ${v}, card "${card.slice(0, 40)}…"`;
      } finally {
        await world.detach();
      }
    },
  },
  {
    name: 'light: before the overlay script is here the gate holds and warns, and fails open without losing the draft',
    async run({ page, env }) {
      const world = await openAndLook(page, env, '/home?drawer=0');
      try {
        // A worker that cannot inject the overlay script (refused, or not done yet): the content
        // script's `load-ui` requests fail; scores still go through.
        await world.evaluate(`(() => {
          const real = chrome.runtime.sendMessage.bind(chrome.runtime);
          globalThis.__blockScores = false;
          chrome.runtime.sendMessage = (m) =>
            m?.type === 'load-ui' ? Promise.resolve({ ok: false, error: 'blocked by the test' })
            : m?.type === 'score-draft' && globalThis.__blockScores ? new Promise(() => {})
            : real(m);
        })()`);
        await page.evaluate(() => window.__fakeX.navigate('/i/chat/111-222'));
        const box = chatBox(page);
        await box.waitFor({ timeout: 10_000 });
        await box.click();
        await box.pressSequentially(SPAM);
        await box.press('Enter');
        await dialog(page).waitFor({ timeout: 6_000 });
        if ((await badge(page).count()) !== 0) throw new Error('a badge without its script?');
        if (await world.evaluate(OFFERED)) throw new Error('the overlay script loaded anyway');
        await dialog(page).getByRole('button', { name: 'Edit message' }).click();
        await dialog(page).waitFor({ state: 'hidden', timeout: 3_000 });
        if ((await box.inputValue()) !== SPAM) throw new Error('the draft changed');
        if ((await sent(page)).length !== 0) throw new Error('sent while held');
        await box.press('Enter');
        await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
        await until(async () => (await sent(page)).length === 1, { message: 'the override' });
        // A worker that does not answer at all: the send goes out once, exactly as typed.
        await world.evaluate(`globalThis.__blockScores = true`);
        const text = 'Hi Alice, is the Sunday long run still on?';
        await box.fill(text);
        await box.press('Enter');
        await until(async () => (await sent(page)).length === 2, {
          timeout: 5_000,
          message: 'the unchecked send',
        });
        const out = await sent(page);
        if (out[0] !== SPAM || out[1] !== text) throw new Error(`sent ${JSON.stringify(out)}`);
        return 'held + warned with no overlay script; Edit kept the draft; Send anyway sent once; no answer → sent once, exact text';
      } finally {
        await world.detach();
      }
    },
  },
];
