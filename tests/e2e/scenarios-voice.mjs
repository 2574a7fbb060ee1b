/**
 * One voice (issue 10): the badge reads as a status and never sits on X's controls or the latest
 * message; one verdict has the same words on the badge, the card, the warning and the popup; the
 * card leaves the latest messages readable at 1024×640 and in the legacy DM drawer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionPage, ROOT, until } from './harness.mjs';
import { badge, chatBox, coldSpam, dialog, open, REPLY_ALICE, waitVerdict } from './scenarios.mjs';

const CATALOG = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
/** The verdict's name as every surface must say it. */
const NAME = {
  send: CATALOG.ui_verdict_send.message,
  revise: CATALOG.ui_verdict_revise.message,
  hold: CATALOG.ui_verdict_hold.message,
};

const card = (page) => page.locator('[data-worthy="card"]');
const SHORT_REPLY = 'Mostly in the second half. A few hill repeats on weekends will do it.';

/** Where each surface keeps its composer and its message bubbles (fake X, x-dom.md §9). */
const SURFACES = {
  chat: {
    composer: '[data-testid="dm-composer-form"]',
    bubbles: '[data-dm-message-focus-target]',
  },
  legacy: {
    composer: 'aside[role="complementary"]',
    bubbles: '[data-testid="messageEntry"] > div',
  },
};

async function box(locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} has no box`);
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
}

const overlaps = (a, b) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The badge, once placed: its visible text, accessible name, size and box. */
async function placedBadge(page) {
  const b = badge(page).first();
  await until(async () => (await b.getAttribute('data-placed')) === 'true', {
    message: 'the badge to be placed',
  });
  return {
    text: (await b.innerText()).replace(/\s+/g, ' ').trim(),
    label: await b.getAttribute('aria-label'),
    compact: (await b.getAttribute('data-compact')) === 'true',
    rect: await box(b),
  };
}

/**
 * The badge says a verdict in Worthy's words and covers neither the composer (X's Send,
 * attachment and emoji controls live there) nor the newest message bubbles.
 */
async function badgeIsAStatus(page, surface, what) {
  const verdict = await waitVerdict(page);
  const { text, label, compact, rect } = await placedBadge(page);
  if (/\bSend\b/.test(text)) throw new Error(`${what}: the badge says "${text}"`);
  // Where a wide message leaves no room for the words (the 400 px drawer), the badge shrinks to
  // its mark, the verdict's glyph and the score; its name still says the verdict in words.
  const words = compact ? label : text;
  if (!words?.includes(NAME[verdict]))
    throw new Error(`${what}: "${words}" is not "${NAME[verdict]}"`);
  const { composer, bubbles } = SURFACES[surface];
  if (overlaps(rect, await box(page.locator(composer).first())))
    throw new Error(`${what}: the badge covers the composer and its controls`);
  const last = page.locator(bubbles);
  const n = await last.count();
  for (let i = Math.max(0, n - 2); i < n; i++) {
    if (overlaps(rect, await box(last.nth(i))))
      throw new Error(`${what}: the badge covers message ${i + 1} of ${n}`);
  }
  return `${what} "${text}"${compact ? ' (compact)' : ''}`;
}

/** Opens the card (and its details) and checks the newest messages stay in view, uncovered. */
async function cardLeavesThreadVisible(page, surface, what) {
  await waitVerdict(page);
  await badge(page).first().click();
  await card(page).waitFor();
  const vw = page.viewportSize();
  const bubbles = page.locator(SURFACES[surface].bubbles);
  const n = await bubbles.count();
  if (n < 2) throw new Error(`${what}: expected a thread, found ${n} messages`);
  const notes = [];
  for (const state of ['compact', 'details']) {
    if (state === 'details') await card(page).getByRole('button', { name: 'Details' }).click();
    const c = await box(card(page));
    const b = (await placedBadge(page)).rect;
    for (let i = n - 2; i < n; i++) {
      const m = await box(bubbles.nth(i));
      if (m.top < 0 || m.left < 0 || m.right > vw.width || m.top > vw.height)
        throw new Error(`${what}: message ${i + 1} is outside the window`);
      if (overlaps(c, m)) throw new Error(`${what} (${state}): the card covers message ${i + 1}`);
      if (overlaps(b, m)) throw new Error(`${what} (${state}): the badge covers message ${i + 1}`);
    }
    notes.push(`${state} card ${Math.round(c.right - c.left)}×${Math.round(c.bottom - c.top)}`);
  }
  await page.keyboard.press('Escape');
  return `${what}: last 2 of ${n} messages clear (${notes.join(', ')})`;
}

const TO_BOB = 'Sorry Bob, it shipped Friday and arrives tomorrow.';

/** The places a draft can be typed: path, which composer, what to type. */
const PLACES = {
  chatTheirsLast: ['/i/chat/333-444', 'chat', TO_BOB],
  chatMineLast: ['/i/chat/111-222', 'chat', REPLY_ALICE],
  legacyPage: ['/messages/111-222?drawer=0', 'legacy', SHORT_REPLY],
  drawer: ['/home?drawer=1', 'legacy', SHORT_REPLY],
};

/** Opens a place and types its draft into its composer; returns the surface kind. */
async function typeAt(page, [path, surface, text]) {
  await open(page, path);
  // The legacy composer (page or drawer) is X's complementary aside; Chat's is its own textbox.
  const box =
    surface === 'legacy'
      ? page.getByRole('complementary').getByRole('textbox').first()
      : chatBox(page);
  await box.click();
  await box.pressSequentially(text);
  return surface;
}

export const scenarios = [
  {
    name: 'voice: the badge reads as a status (never "Send") and covers no control or latest message',
    async run({ page }) {
      const notes = [];
      // Chat with their message last, with mine last, and cold; the legacy page; the drawer.
      const check = (surface, what) => badgeIsAStatus(page, surface, what);
      notes.push(await check(await typeAt(page, PLACES.chatTheirsLast), 'Chat, theirs last'));
      notes.push(await check(await typeAt(page, PLACES.chatMineLast), 'Chat, mine last'));
      await coldSpam(page);
      notes.push(await check('chat', 'Chat, cold'));
      notes.push(await check(await typeAt(page, PLACES.legacyPage), 'legacy page'));
      await page.setViewportSize({ width: 1024, height: 640 });
      notes.push(await check(await typeAt(page, PLACES.drawer), 'drawer'));
      return notes.join('; ');
    },
  },
  {
    name: 'voice: one verdict has the same words on the badge, the card, the warning and the popup',
    async run({ page, env }) {
      const box = await coldSpam(page);
      const want = NAME.hold;
      const seen = { badge: (await placedBadge(page)).text };
      await badge(page).click();
      seen.card = await card(page).getByRole('heading').innerText();
      await page.keyboard.press('Escape');
      await box.press('Enter');
      await dialog(page).waitFor({ state: 'visible', timeout: 3_000 });
      seen.warning = await dialog(page).innerText();
      if (!seen.warning.includes('Alice Runner'))
        throw new Error(`the warning does not name the recipient: ${seen.warning}`);
      await dialog(page).getByRole('button', { name: 'Edit message' }).click();
      const ext = await extensionPage(env);
      try {
        // This page's tab: the newest held verdict (earlier scenarios' closed tabs may have left
        // held verdicts too).
        const tabId = await until(
          () =>
            ext.evaluate(async () => {
              const all = await chrome.storage.session.get(null);
              const held = Object.keys(all)
                .filter((k) => k.startsWith('tab:') && all[k]?.verdict?.verdict === 'hold')
                .sort((a, b) => (all[b].updatedAt ?? 0) - (all[a].updatedAt ?? 0));
              return held[0] ? Number(held[0].slice('tab:'.length)) : null;
            }),
          { message: 'the held verdict in session storage' },
        );
        await ext.goto(`chrome-extension://${env.extensionId}/src/popup/index.html?tab=${tabId}`);
        const chip = ext.locator('.w-chip[data-verdict]').first();
        await chip.waitFor({ timeout: 3_000 });
        seen.popup = await chip.innerText();
      } finally {
        await ext.close();
      }
      const off = Object.entries(seen).filter(([, text]) => !text.includes(want));
      if (off.length) throw new Error(`not "${want}": ${JSON.stringify(Object.fromEntries(off))}`);
      for (const other of [NAME.send, NAME.revise])
        for (const [where, text] of Object.entries(seen))
          if (text.replace(want, '').includes(other))
            throw new Error(`${where} also says "${other}": ${text}`);
      return `"${want}" on badge, card, warning and popup`;
    },
  },
  {
    name: 'voice: the card leaves the latest messages visible at 1024×640 and in the drawer',
    async run({ page }) {
      await page.setViewportSize({ width: 1024, height: 640 });
      const notes = [];
      for (const [place, what] of [
        [PLACES.chatTheirsLast, 'Chat 1024×640'],
        [PLACES.legacyPage, 'legacy page 1024×640'],
        [PLACES.drawer, 'drawer 1024×640'],
      ])
        notes.push(await cardLeavesThreadVisible(page, await typeAt(page, place), what));
      return notes.join('; ');
    },
  },
];
