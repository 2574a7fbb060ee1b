/**
 * Act on it (issue 13): "Not an issue here" per reason with undo, listed and reversible in the
 * popup's Settings; a safety reason set aside for one conversation only; an opener line copied
 * from the card that itself scores `send`; the keyboard shortcut opening and closing the card
 * with focus back in the composer; page diagnostics with none of the page's words, handles or ids.
 * Every choice made here is undone before the scenario ends (the browser is shared).
 */
import { expectAccessible } from './axe.mjs';
import { isFocused, until } from './harness.mjs';
import { badge, chatBox, open, REPLY_ALICE, waitVerdict } from './scenarios.mjs';
import { tabIdOf, withExtension } from './scenarios-hardening.mjs';

const HOST = 'worthy-overlay';
/**
 * One reason ("Ultimatum", `false-deadline`) makes this answer to Alice's question a `revise`;
 * set aside, the answer is a `send` (engine, fitted weights: 44 → 91).
 */
const ULTIMATUM = `${REPLY_ALICE} Last chance!`;
/** Asks for a card number: a safety reason. */
const CARD_NUMBER = `${REPLY_ALICE} Send me your card number and I will register you.`;

const card = (page) => page.getByRole('dialog');

/** Puts `text` in the Chat composer the way X's own paste does (value setter, input event). */
async function setDraft(page, text) {
  const box = chatBox(page);
  await box.click();
  await page.evaluate((t) => window.__fakeX.setChatDraft(t), text);
  return box;
}

async function openCard(page) {
  await badge(page).click();
  await card(page).waitFor({ timeout: 3_000 });
}

/**
 * In Alice's thread with `draft` and its verdict in `wanted`: opens the card and the places
 * `reason` may be set aside. Returns the verdict, the choices' group and their names.
 */
async function setAsideChoices(page, draft, wanted, reason) {
  await open(page, '/i/chat/111-222');
  await setDraft(page, draft);
  const before = await waitVerdict(page, { wanted });
  await openCard(page);
  await card(page)
    .getByRole('button', { name: `Not an issue here: ${reason}` })
    .first()
    .click();
  const where = card(page).getByRole('group', { name: `Set “${reason}” aside` });
  await where.waitFor({ timeout: 3_000 });
  return { before, where, choices: await where.getByRole('button').allInnerTexts() };
}

/** Runs `fn` in an extension page (the popup's origin: `chrome.*` available). */
const inExtension = (env, fn) => withExtension(env, (ext) => ext.evaluate(fn));

/** No choice outlives its scenario. */
const clearDismissals = (env) =>
  inExtension(env, async () => {
    const r = await chrome.runtime.sendMessage({
      type: 'patch-settings',
      patch: { dismissals: [] },
    });
    if (!r.ok) throw new Error(`could not clear the choices: ${r.error}`);
    return r;
  });

export const scenarios = [
  {
    name: 'act: "Not an issue here" turns a revise caused by one reason into send, Undo brings it back, Settings lists and restores it',
    async run({ page, env }) {
      const notes = [];
      try {
        const { before, where, choices } = await setAsideChoices(
          page,
          ULTIMATUM,
          ['revise'],
          'Ultimatum',
        );
        if (!choices.includes('Everywhere') || !choices.includes('For @alice'))
          throw new Error(`choices: ${choices.join(', ')}`);
        notes.push(await expectAccessible(page, 'card, set-aside choices', { include: HOST }));
        await where.getByRole('button', { name: 'In this conversation' }).click();
        const after = await waitVerdict(page, { wanted: ['send'] });
        const undo = card(page).getByRole('button', { name: 'Undo: count “Ultimatum” again' });
        await undo.waitFor({ timeout: 3_000 });
        if (!(await isFocused(undo))) throw new Error('focus did not move to Undo');
        // The ledger keeps the reason, greyed, worth nothing, with the way back.
        if (!(await card(page).getByRole('region', { name: 'What hurts' }).count()))
          await card(page).getByRole('button', { name: 'Details' }).click();
        const aside = card(page).locator('li.is-aside[data-signal="false-deadline"]');
        await aside.waitFor({ timeout: 3_000 });
        notes.push(
          await expectAccessible(page, 'ledger with a reason set aside', { include: HOST }),
        );
        await undo.click();
        const undone = await waitVerdict(page, { wanted: ['revise'] });

        // For the person this time; then back from the popup's Settings.
        await card(page)
          .getByRole('button', { name: 'Not an issue here: Ultimatum' })
          .first()
          .click();
        await card(page).getByRole('button', { name: 'For @alice' }).click();
        await waitVerdict(page, { wanted: ['send'] });
        const listed = await withExtension(env, async (ext) => {
          await ext.getByRole('tab', { name: 'Settings' }).click();
          const restore = ext.getByRole('button', {
            name: /^Count again: “Ultimatum” for @alice/,
          });
          await restore.waitFor({ timeout: 3_000 });
          if (await ext.getByText(/111-222/).count())
            throw new Error('Settings shows the conversation id');
          notes.push(await expectAccessible(ext, 'popup Settings with a reason set aside'));
          const label = await restore.getAttribute('aria-label');
          await restore.click();
          await until(async () => (await restore.count()) === 0, { message: 'the entry to go' });
          return label;
        });
        await page.bringToFront();
        const restored = await waitVerdict(page, { wanted: ['revise'] });
        return `${before} → set aside here: ${after} → Undo: ${undone} → for @alice: send → "${listed}" in Settings: ${restored}; ${notes.join('; ')}`;
      } finally {
        await clearDismissals(env);
      }
    },
  },
  {
    name: 'act: a safety reason is set aside for one conversation only, never everywhere',
    async run({ page, env }) {
      try {
        const { before, where, choices } = await setAsideChoices(
          page,
          CARD_NUMBER,
          ['hold'],
          'Asks for a secret',
        );
        if (choices.join('|') !== 'In this conversation|Cancel')
          throw new Error(`a safety reason offers: ${choices.join(', ')}`);
        await where.getByText(/can only be set aside in this conversation/).waitFor();
        // Not by a forged write either: the settings schema refuses it, whoever asks.
        const forged = await inExtension(env, async () => {
          const ask = (m) => chrome.runtime.sendMessage(m);
          const dismissals = [
            { signal: 'asks-for-credentials', scope: 'everywhere', key: '', at: Date.now() },
          ];
          const set = await ask({ type: 'patch-settings', patch: { dismissals } });
          const dismiss = await ask({
            type: 'dismiss-signal',
            signal: 'asks-for-credentials',
            scope: 'everywhere',
            place: { conversationId: '111-222', handle: 'alice' },
          });
          const after = await ask({ type: 'get-settings' });
          return { set, dismiss, stored: after.data.dismissals.length };
        });
        if (forged.set.ok || forged.dismiss.ok || forged.stored !== 0)
          throw new Error(`an everywhere choice got through: ${JSON.stringify(forged)}`);
        await page.bringToFront();
        await where.getByRole('button', { name: 'In this conversation' }).click();
        const here = await waitVerdict(page, { not: 'hold' });
        return `${before}; offered only "In this conversation"; settings write refused ("${forged.set.error.slice(0, 70)}…"); set aside here: ${here}`;
      } finally {
        await clearDismissals(env);
      }
    },
  },
  {
    name: 'act: "Copy" puts an opener line on the clipboard that itself scores send for that recipient',
    async run({ page, env }) {
      await env.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: 'https://x.com',
      });
      await open(page, '/i/chat/111-222?thread=cold');
      const box = await setDraft(page, 'Hey Alice, want to try my new running app? Link in bio.');
      const before = await waitVerdict(page, { not: 'send' });
      await openCard(page);
      const opener = card(page).locator('[data-worthy="opener"]');
      await opener.waitFor({ timeout: 6_000 });
      const offered = (await opener.locator('q').innerText()).trim();
      await opener.getByRole('button', { name: /^Copy/ }).click();
      await opener.getByText('Copied').waitFor({ timeout: 3_000 });
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      if (copied !== offered) throw new Error(`copied "${copied}", offered "${offered}"`);
      if ((await box.inputValue()) === copied) throw new Error('Worthy wrote into the composer');
      await page.keyboard.press('Escape');
      // The person pastes it themselves.
      await setDraft(page, copied);
      const after = await waitVerdict(page, { wanted: ['send'] });
      return `${before} → copied "${copied}" → pasted: ${after}`;
    },
  },
  {
    name: 'act: the shortcut opens and closes the card from the composer; focus returns to it',
    async run({ page, env }) {
      // Chrome's shortcut reaches the worker as a command; headless Chromium does not turn key
      // presses into commands, so the test sends the tab what the worker's command handler sends
      // (background/commands.ts, unit-tested) after checking the command is registered.
      const sw = env.worker();
      const commands = await sw.evaluate(() => chrome.commands.getAll());
      const cmd = commands.find((c) => c.name === 'toggle-card');
      // Chrome leaves a suggested key unassigned when it refuses it (Alt+Shift+W, for one).
      if (cmd?.shortcut !== 'Alt+Shift+Y')
        throw new Error(`toggle-card has no shortcut: ${JSON.stringify(commands)}`);
      await open(page, '/i/chat/111-222');
      const box = await setDraft(page, REPLY_ALICE);
      await waitVerdict(page, { wanted: ['send'] });
      await box.focus();
      const press = () =>
        sw.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return chrome.tabs.sendMessage(tab.id, { type: 'toggle-card' });
        });
      await page.bringToFront();
      const opened = await press();
      await card(page).waitFor({ timeout: 3_000 });
      const inCard = await page.evaluate(() => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return !!a?.closest('[data-worthy="card"]');
      });
      if (!opened?.ok || !inCard) throw new Error('the card did not open with focus in it');
      await page.keyboard.press('Tab');
      const closed = await press();
      await card(page).waitFor({ state: 'hidden', timeout: 3_000 });
      await until(() => isFocused(box), { message: 'focus back in the composer' });
      // Escape closes a card opened this way and also returns to the composer.
      await press();
      await card(page).waitFor({ timeout: 3_000 });
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'hidden', timeout: 3_000 });
      await until(() => isFocused(box), { message: 'focus back in the composer after Escape' });
      return `command "${cmd.name}" (${cmd.shortcut}): opened ${opened.ok}, closed ${closed.ok}, focus back in the composer both ways`;
    },
  },
  {
    name: 'act: page diagnostics name selectors and tags, never the draft, names, handles, messages or ids',
    async run({ page: unused, env }) {
      await unused.close();
      const draft = 'Quixotic zebra 7341 wants your marmalade';
      const { page, tabId } = await tabIdOf(env, async () => {
        const p = await env.ctx.newPage();
        await p.goto('https://x.com/i/chat/999-999?thread=ongoing&broken=1');
        return p;
      });
      try {
        const box = chatBox(page);
        await box.click();
        await box.pressSequentially(draft);
        const report = await withExtension(
          env,
          async (ext) => {
            await ext.getByText(/staying out of the way/).waitFor({ timeout: 4_000 });
            await ext.getByRole('button', { name: 'Copy page diagnostics' }).click();
            const pre = ext.locator('[data-worthy="diagnostics-report"]');
            await pre.waitFor({ state: 'attached', timeout: 3_000 });
            await expectAccessible(ext, 'popup with page diagnostics');
            return pre.textContent();
          },
          `src/popup/index.html?tab=${tabId}`,
        );
        // The draft, who it is to (name, handle, bio), the thread's messages and the ids.
        const banned = [
          ...draft.split(' '),
          ...['Alice', 'Runner', 'alice', 'Marathoner', 'coffee', '999', '111'],
          ...['Saw', 'trail', 'race', 'running', 'Thinking', 'hilly', 'climbing', 'Manageable'],
        ].map((w) => w.toLowerCase());
        const reportWords = new Set(report.toLowerCase().split(/[^\p{L}\p{N}]+/u));
        const leaked = banned.filter((w) => reportWords.has(w));
        if (leaked.length) throw new Error(`the report shows page words: ${leaked.join(', ')}`);
        const skeleton = report.slice(report.indexOf('around the message box'));
        if (/\d{3,}/.test(skeleton)) throw new Error('a number in the skeleton');
        if (!/selectors \(matches\):/.test(report) || !/← the message box/.test(report))
          throw new Error(`not a full report:\n${report.slice(0, 400)}`);
        return `${report.split('\n').length} lines; none of ${banned.length} words of the draft, person and thread, no ids`;
      } finally {
        await page.close();
      }
    },
  },
];
