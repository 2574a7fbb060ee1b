/**
 * The end-to-end scenarios, each a named test over one fresh tab of a shared Chromium with the
 * built extension. Locators go by role and name (Playwright pierces X Chat's open shadow root).
 */
import { extensionPage, isFocused, sent, stopWorker, until } from './harness.mjs';

export const SPAM =
  'Hey!! Quick question - want 10x more leads? Our AI growth tool is 50% OFF today only, ' +
  'click https://bit.ly/3xYz now!!! Limited spots, reply YES';
export const GOOD_ALICE =
  'Congrats on the sub-3 in Berlin! How did you pace the negative split? ' +
  'I am training for my first marathon and keep fading after 30k.';
/** Answers the question in Alice's ongoing thread ("How hilly is it, really?"). */
export const REPLY_ALICE =
  'About 1,200 m of climbing over the whole course, mostly in the second half. ' +
  'A few hill sessions on weekends will get you there.';
export const CUSTOMER_REPLY =
  'Hi Bob, sorry about the wait on order #4412. I checked: it shipped Friday and ' +
  'should arrive tomorrow. I will follow up if it does not.';

export const badge = (page) => page.getByRole('button', { name: /^Worthy/ });
export const dialog = (page) => page.getByRole('alertdialog');
export const chatBox = (page) => page.getByRole('textbox', { name: 'Message', exact: true });
export const legacyBox = (page) => page.getByRole('textbox', { name: 'Start a new message' });

export async function verdictOf(page) {
  const b = badge(page);
  if ((await b.count()) === 0) return null;
  return b.first().getAttribute('data-verdict');
}

/** Waits for the badge to show a verdict (optionally one of `wanted`, or anything but `not`). */
export function waitVerdict(page, { wanted, not, timeout = 6_000 } = {}) {
  return until(
    async () => {
      const v = await verdictOf(page);
      if (!v) return null;
      if (wanted && !wanted.includes(v)) return null;
      if (not && v === not) return null;
      return v;
    },
    {
      timeout,
      message: `the badge's data-verdict${wanted ? ` in ${wanted}` : ''}${not ? ` != ${not}` : ''}`,
    },
  );
}

/** Opens a fake-X page, optionally with `window.__fakeXConfig` set before its script runs. */
export async function open(page, path, init) {
  if (init)
    await page.addInitScript((cfg) => {
      window.__fakeXConfig = cfg;
    }, init);
  await page.goto(`https://x.com${path}`);
}

async function clear(box) {
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.press('Backspace');
}

async function expectNoDialog(page) {
  if (await dialog(page).isVisible()) throw new Error('a warning dialog is showing');
}

/**
 * In Alice's ongoing thread: spam gets `hold`; replacing it with an answer to her question
 * turns the same badge to `send`.
 */
async function badgeFollowsTyping(page, box) {
  await box.click();
  await box.pressSequentially(SPAM);
  const first = await waitVerdict(page, { wanted: ['hold'] });
  await clear(box);
  await box.pressSequentially(REPLY_ALICE);
  const second = await waitVerdict(page, { wanted: ['send'] });
  return `${first} → ${second}`;
}

/** Types the spammy draft into a cold Chat thread and waits for `hold`. */
export async function coldSpam(page) {
  await open(page, '/i/chat/111-222?thread=cold');
  const box = chatBox(page);
  await box.click();
  await box.pressSequentially(SPAM);
  await waitVerdict(page, { wanted: ['hold'] });
  return box;
}

export const scenarios = [
  {
    name: 'badge appears by the Chat composer (shadow root) and follows typing',
    async run({ page }) {
      await open(page, '/i/chat/111-222');
      return badgeFollowsTyping(page, chatBox(page));
    },
  },
  {
    name: 'badge appears by the Chat composer (light DOM) and follows typing',
    async run({ page }) {
      await open(page, '/i/chat/111-222?shadow=0');
      return badgeFollowsTyping(page, chatBox(page));
    },
  },
  {
    name: 'badge appears by the legacy DM page composer and follows typing',
    async run({ page }) {
      await open(page, '/messages/111-222?drawer=0');
      return badgeFollowsTyping(page, legacyBox(page).first());
    },
  },
  {
    name: 'badge appears by the legacy DM drawer composer and follows typing',
    async run({ page }) {
      await open(page, '/home?drawer=1');
      const box = page
        .getByRole('complementary')
        .getByRole('textbox', { name: 'Start a new message' });
      return badgeFollowsTyping(page, box.first());
    },
  },
  {
    name: 'a spammy cold draft gets hold; Enter-send and click-send are both held',
    async run({ page }) {
      const box = await coldSpam(page);
      await box.press('Enter');
      await dialog(page).waitFor({ state: 'visible', timeout: 3_000 });
      if ((await sent(page)).length) throw new Error('Enter sent the held draft');
      await dialog(page).getByRole('button', { name: 'Edit message' }).click();
      await dialog(page).waitFor({ state: 'hidden', timeout: 3_000 });
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await dialog(page).waitFor({ state: 'visible', timeout: 3_000 });
      if ((await sent(page)).length) throw new Error('the Send button sent the held draft');
      return 'held twice, nothing sent';
    },
  },
  {
    name: '"Edit message" returns focus to the editor with the draft intact',
    async run({ page }) {
      const box = await coldSpam(page);
      await box.press('Enter');
      await dialog(page).waitFor({ state: 'visible', timeout: 3_000 });
      await dialog(page).getByRole('button', { name: 'Edit message' }).click();
      await dialog(page).waitFor({ state: 'hidden', timeout: 3_000 });
      await until(() => isFocused(box), { timeout: 2_000, message: 'focus back in the composer' });
      const value = await box.inputValue();
      if (value !== SPAM) throw new Error(`draft changed: ${JSON.stringify(value)}`);
      if ((await sent(page)).length) throw new Error('something was sent');
      return 'focus and draft restored';
    },
  },
  {
    name: '"Send anyway" sends exactly once with exactly the typed text',
    async run({ page }) {
      const box = await coldSpam(page);
      await box.press('Enter');
      await dialog(page).waitFor({ state: 'visible', timeout: 3_000 });
      await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
      await until(async () => (await sent(page)).length > 0, {
        timeout: 3_000,
        message: 'the send',
      });
      // A double send would land within a tick or two; give it a moment to show up.
      await page.waitForTimeout(400);
      const out = await sent(page);
      if (out.length !== 1 || out[0] !== SPAM) throw new Error(`sent ${JSON.stringify(out)}`);
      await expectNoDialog(page);
      return 'sent once, text intact';
    },
  },
  {
    name: 'a good reply in a customer-started thread sends at once, untouched, no dialog',
    async run({ page }) {
      await open(page, '/i/chat/333-444');
      const box = chatBox(page);
      await box.click();
      await box.pressSequentially(CUSTOMER_REPLY);
      const v = await waitVerdict(page);
      const t0 = Date.now();
      await box.press('Enter');
      await until(async () => (await sent(page)).length > 0, {
        timeout: 3_000,
        message: 'the send',
      });
      const ms = Date.now() - t0;
      const out = await sent(page);
      if (out.length !== 1 || out[0] !== CUSTOMER_REPLY)
        throw new Error(`sent ${JSON.stringify(out)}`);
      await expectNoDialog(page);
      if (ms > 1_000) throw new Error(`the send took ${ms} ms`);
      return `verdict ${v}, sent ${ms} ms after Enter`;
    },
  },
  {
    name: 'a profile viewed earlier feeds the relevance of the later DM',
    async run({ page, env }) {
      await open(page, '/alice', { threads: { '111-222': [] } });
      await page.getByRole('button', { name: 'Message' }).first().waitFor({ timeout: 5_000 });
      // The content script reports the profile; wait until the worker has stored it.
      const ext = await extensionPage(env);
      try {
        await until(
          async () => {
            const r = await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'export-data' }));
            return r?.ok && JSON.stringify(r.data).includes('Sub-3 marathon') ? r : null;
          },
          { timeout: 5_000, message: "alice's posts in the store (export-data)" },
        );
        await page.getByRole('button', { name: 'Message' }).first().click();
        await until(() => page.url().includes('/i/chat/111-222'), {
          message: 'client-side navigation to the chat',
        });
        const box = chatBox(page);
        await box.click();
        await box.pressSequentially(GOOD_ALICE);
        await waitVerdict(page);
        const state = await until(
          async () => {
            const all = await ext.evaluate(() => chrome.storage.session.get(null));
            return Object.values(all).find((s) => s?.draft === GOOD_ALICE && s.verdict);
          },
          { message: 'the tab state with the scored draft' },
        );
        const v = state.verdict;
        const fromPosts =
          v.interests.some((i) => i.source === 'post') ||
          v.signals.some((s) => s.quotes?.some((q) => q.source === 'post'));
        if (v.relevance === null) throw new Error('relevance is null: the profile was not used');
        if (!fromPosts) {
          throw new Error(
            `no interest or quote from her posts (interests: ${JSON.stringify(v.interests.map((i) => [i.label, i.source]))})`,
          );
        }
        return `verdict ${v.verdict}, relevance ${v.relevance.toFixed(2)}, interests ${v.interests.map((i) => i.label).join(', ')}`;
      } finally {
        await ext.close();
      }
    },
  },
  {
    name: 'the worker stopped mid-session: typing works, the badge recovers, sends fail open',
    async run({ page, env }) {
      await open(page, '/i/chat/111-222?thread=cold');
      const box = chatBox(page);
      await box.click();
      await box.pressSequentially('Hey Alice, ');
      await waitVerdict(page);
      const warm = await env
        .worker()
        ?.evaluate(() => globalThis.__worthyStats)
        .catch(() => null);
      if (warm) console.log(`      warm worker before the stop: ${JSON.stringify(warm)}`);
      await stopWorker(env, page);
      const tStop = Date.now();
      await box.pressSequentially(SPAM);
      if ((await box.inputValue()) !== `Hey Alice, ${SPAM}`)
        throw new Error('typing lost characters');
      await waitVerdict(page, { wanted: ['hold'], timeout: 8_000 });
      const recoverMs = Date.now() - tStop;
      const sw = await until(() => env.worker(), { message: 'a running worker again' });
      // The restarted worker measured its own cold path (vectors load, first score).
      const cold = await sw.evaluate(() => globalThis.__worthyStats).catch(() => null);
      // Now freeze the worker's thread so it cannot answer, and send a fresh draft.
      await clear(box);
      const freeze = sw
        .evaluate(() => {
          const end = Date.now() + 6_000;
          while (Date.now() < end) {}
        })
        .catch(() => {});
      try {
        const text = `${SPAM} (sent while Worthy cannot answer)`;
        await box.pressSequentially(text);
        await box.press('Enter');
        // Held sends would need the dialog; failing open sends after the request times out.
        await until(async () => (await sent(page)).length > 0, {
          timeout: 5_000,
          message: 'the fail-open send',
        });
        const out = await sent(page);
        if (out.length !== 1 || out[0] !== text) throw new Error(`sent ${JSON.stringify(out)}`);
        // The user is told it went out unchecked, right where they type.
        await badge(page)
          .and(page.locator('[data-status="unchecked"]'))
          .waitFor({ timeout: 3_000 });
      } finally {
        await freeze;
      }
      // And History counts it, once the worker is back to record it.
      const ext = await extensionPage(env);
      try {
        await until(
          async () =>
            (await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'get-history-summary' })))
              ?.data?.today.unchecked >= 1,
          { timeout: 8_000, message: 'the unchecked send in History' },
        );
      } finally {
        await ext.close();
      }
      const timings = cold
        ? `; cold worker: vectors in ${cold.vectors?.ms} ms, first score ${cold.scores.firstAfterStartMs} ms after start taking ${cold.scores.maxMs} ms`
        : '';
      return `badge back ${recoverMs} ms after the stop${timings}; frozen worker → send went through, badge "Sent unchecked", counted in History`;
    },
  },
  {
    name: "the popup reads the tab's latest verdict; requests from the wrong sender are refused",
    async run({ page, env }) {
      await open(page, '/i/chat/333-444');
      await chatBox(page).click();
      await chatBox(page).pressSequentially(CUSTOMER_REPLY);
      await waitVerdict(page);
      const ext = await extensionPage(env);
      try {
        const result = await until(
          () =>
            ext.evaluate(async (draft) => {
              const all = await chrome.storage.session.get(null);
              const key = Object.keys(all).find((k) => all[k]?.draft === draft);
              if (!key) return null;
              const tabId = Number(key.slice('tab:'.length));
              const state = await chrome.runtime.sendMessage({ type: 'get-tab-state', tabId });
              const forged = await chrome.runtime.sendMessage({
                type: 'page-status',
                diagnosis: {
                  route: 'chat',
                  composer: true,
                  sendButton: true,
                  recipient: true,
                  messages: 0,
                  profile: false,
                },
              });
              const malformed = await chrome.runtime.sendMessage({ type: 'score-draft' });
              const lang = await chrome.i18n.detectLanguage(
                'Hallo Alice, ich habe deinen Beitrag über den Berlin-Marathon gelesen.',
              );
              return { state, forged, malformed, lang: lang.languages[0]?.language };
            }, CUSTOMER_REPLY),
          { message: 'the tab state in session storage' },
        );
        if (!result.state.ok || result.state.data?.draft !== CUSTOMER_REPLY) {
          throw new Error(`get-tab-state: ${JSON.stringify(result.state).slice(0, 200)}`);
        }
        if (result.forged.ok || !/only the content script/.test(result.forged.error)) {
          throw new Error(
            `page-status from the popup was not refused: ${JSON.stringify(result.forged)}`,
          );
        }
        if (result.malformed.ok || !/^malformed request: context/.test(result.malformed.error)) {
          throw new Error(`malformed request: ${JSON.stringify(result.malformed)}`);
        }
        return `verdict ${result.state.data.verdict?.verdict}; refused: "${result.forged.error}"; i18n says ${result.lang}`;
      } finally {
        await ext.close();
      }
    },
  },
  {
    name: 'a page where the selectors find nothing: no badge, no interception, its send works',
    async run({ page }) {
      await open(page, '/i/chat/111-222?thread=cold&broken=1');
      const box = chatBox(page);
      await box.click();
      await box.pressSequentially(SPAM);
      // Nothing to wait for: give the content script the time a badge would take to appear.
      await page.waitForTimeout(1_000);
      if ((await badge(page).count()) > 0)
        throw new Error('a badge appeared on a page it cannot read');
      await box.press('Enter');
      await until(async () => (await sent(page)).length > 0, {
        timeout: 2_000,
        message: "the page's own send",
      });
      const out = await sent(page);
      if (out.length !== 1 || out[0] !== SPAM) throw new Error(`sent ${JSON.stringify(out)}`);
      await expectNoDialog(page);
      return 'page sent on its own';
    },
  },
];
