/**
 * Accessibility in real Chromium: axe-core (WCAG 2.1 A/AA) over the overlay (badge, card with and
 * without its details, warning) in X's light, dim and dark themes and over every popup tab in light and dark, failing on
 * serious or critical violations; then keyboard-only use of the badge, card, warning and popup
 * tabs, with a visible focus indicator checked through getComputedStyle.
 */
import { expectAccessible } from './axe.mjs';
import { extensionPage, isFocused, sent, until } from './harness.mjs';
import { badge, chatBox, dialog, REPLY_ALICE, SPAM, waitVerdict } from './scenarios.mjs';

const HOST = 'worthy-overlay';

/** The deepest focused element's focus ring: outline or box-shadow width in px (0 = none). */
export function focusRing(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return null;
    const cs = getComputedStyle(a);
    const outline = cs.outlineStyle !== 'none' ? Number.parseFloat(cs.outlineWidth) || 0 : 0;
    const shadow = cs.boxShadow !== 'none' ? cs.boxShadow : '';
    return {
      tag: a.tagName.toLowerCase(),
      text: (a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 40),
      visible: a.matches(':focus-visible'),
      outline,
      shadow,
      ring: outline > 0 || /\d+px\s+\d/.test(shadow) || /(^|\s)[1-9][\d.]*px/.test(shadow),
    };
  });
}

async function expectRing(page, what) {
  const f = await focusRing(page);
  if (!f?.visible || !f.ring) throw new Error(`no visible focus on ${what}: ${JSON.stringify(f)}`);
  return f;
}

async function openChat(page, query) {
  await page.goto(`https://x.com/i/chat/111-222?${query}`);
  const box = chatBox(page);
  await box.click();
  return box;
}

/** The overlay's badge, card (compact and with details) and warning, audited in one X theme. */
async function auditOverlay(page, theme) {
  const notes = [];
  const audit = async (what) =>
    notes.push(await expectAccessible(page, `${what} (${theme})`, { include: HOST }));
  const openCard = async () => {
    await badge(page).click();
    await page.getByRole('dialog').waitFor({ timeout: 3_000 });
  };
  const box = await openChat(page, `theme=${theme}`);
  await box.pressSequentially(REPLY_ALICE);
  await waitVerdict(page, { wanted: ['send'] });
  await audit('badge');
  await openCard();
  await audit('card');
  await page.keyboard.press('Escape');
  // The warning: a spammy draft in a cold thread, held on Enter.
  const cold = await openChat(page, `theme=${theme}&thread=cold`);
  await cold.pressSequentially(SPAM);
  await waitVerdict(page, { wanted: ['hold'] });
  await openCard();
  await audit('card with hurts');
  await page.getByRole('dialog').getByRole('button', { name: 'Details' }).click();
  await audit('card details');
  await page.keyboard.press('Escape');
  await cold.press('Enter');
  await dialog(page).waitFor({ state: 'visible', timeout: 3_000 });
  await audit('warning');
  await dialog(page).getByRole('button', { name: 'Edit message' }).click();
  return notes.join('; ');
}

/** Opens the popup page on an x.com tab's guidance (`?tab=`) and audits each popup tab. */
async function auditPopup(env, page, scheme) {
  await page.goto('https://x.com/i/chat/111-222');
  await chatBox(page).click();
  await chatBox(page).pressSequentially(REPLY_ALICE);
  await waitVerdict(page);
  const ext = await extensionPage(env);
  try {
    const tabId = await until(
      () =>
        ext.evaluate(async (draft) => {
          const all = await chrome.storage.session.get(null);
          const key = Object.keys(all).find((k) => all[k]?.draft === draft && all[k].verdict);
          return key ? Number(key.slice('tab:'.length)) : null;
        }, REPLY_ALICE),
      { message: "the chat tab's guidance in session storage" },
    );
    await ext.emulateMedia({ colorScheme: scheme });
    await ext.goto(`chrome-extension://${env.extensionId}/src/popup/index.html?tab=${tabId}`);
    const notes = [];
    for (const name of ['Now', 'Settings', 'History', 'Privacy']) {
      await ext.getByRole('tab', { name }).click();
      await until(
        async () =>
          (await ext.getByRole('tab', { name }).getAttribute('aria-selected')) === 'true' &&
          !(await ext.getByText('Loading…').count()),
        { message: `the ${name} tab` },
      );
      if (name === 'Now') {
        // The Now tab must show this tab's verdict, not the intro for other sites.
        await ext.getByText(REPLY_ALICE.slice(0, 30)).first().waitFor({ timeout: 3_000 });
      }
      notes.push(await expectAccessible(ext, `popup ${name} (${scheme})`));
    }
    return notes.join('; ');
  } finally {
    await ext.close();
  }
}

export const scenarios = [
  {
    name: 'a11y: axe finds nothing serious in the overlay (light)',
    run: ({ page }) => auditOverlay(page, 'light'),
  },
  {
    name: 'a11y: axe finds nothing serious in the overlay (dim)',
    run: ({ page }) => auditOverlay(page, 'dim'),
  },
  {
    name: 'a11y: axe finds nothing serious in the overlay (dark)',
    run: ({ page }) => auditOverlay(page, 'dark'),
  },
  {
    name: 'a11y: axe finds nothing serious in any popup tab (light)',
    run: ({ page, env }) => auditPopup(env, page, 'light'),
  },
  {
    name: 'a11y: axe finds nothing serious in any popup tab (dark)',
    run: ({ page, env }) => auditPopup(env, page, 'dark'),
  },
  {
    name: 'a11y: keyboard reaches the badge, opens and closes the card, focus returns',
    async run({ page }) {
      const box = await openChat(page, 'theme=light');
      await box.pressSequentially(REPLY_ALICE);
      await waitVerdict(page, { wanted: ['send'] });
      const b = badge(page);
      let tabs = 0;
      while (!(await isFocused(b))) {
        if (++tabs > 40) throw new Error('40 Tabs from the composer never reached the badge');
        await page.keyboard.press('Tab');
      }
      const ring = await expectRing(page, 'the badge');
      for (const key of ['Enter', 'Space']) {
        await page.keyboard.press(key === 'Space' ? ' ' : key);
        await page.getByRole('dialog').waitFor({ timeout: 2_000 });
        if ((await b.getAttribute('aria-expanded')) !== 'true')
          throw new Error(`${key}: aria-expanded is not true`);
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: 2_000 });
        await until(() => isFocused(b), { timeout: 2_000, message: `focus back on the badge` });
      }
      if ((await box.inputValue()) !== REPLY_ALICE) throw new Error('the draft changed');
      if ((await sent(page)).length) throw new Error('something was sent');
      return `badge after ${tabs} Tab(s), outline ${ring.outline}px; Enter and Space open, Escape closes and refocuses`;
    },
  },
  {
    name: 'a11y: the warning starts on "Edit message", traps Tab, Escape means edit',
    async run({ page }) {
      const box = await openChat(page, 'theme=light&thread=cold');
      await box.pressSequentially(SPAM);
      await waitVerdict(page, { wanted: ['hold'] });
      await box.press('Enter');
      await dialog(page).waitFor({ state: 'visible', timeout: 3_000 });
      const edit = dialog(page).getByRole('button', { name: 'Edit message' });
      await until(() => isFocused(edit), { timeout: 2_000, message: 'focus on "Edit message"' });
      const inside = () =>
        page.evaluate(() => {
          let a = document.activeElement;
          while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
          return !!a?.closest('[role="alertdialog"]');
        });
      const order = [];
      for (const keys of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
        await page.keyboard.press(keys);
        const ring = await expectRing(page, `the warning after ${keys}`);
        order.push(ring.text);
        if (!(await inside()))
          throw new Error(`focus left the dialog after ${keys}: ${JSON.stringify(ring)}`);
      }
      const want = ['Send anyway', 'Show details', 'Edit message', 'Show details', 'Send anyway'];
      if (order.join('|') !== want.join('|')) throw new Error(`Tab order: ${order.join(' → ')}`);
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'hidden', timeout: 2_000 });
      await until(() => isFocused(box), { timeout: 2_000, message: 'focus back in the composer' });
      if ((await box.inputValue()) !== SPAM) throw new Error('the draft changed');
      if ((await sent(page)).length) throw new Error('Escape sent the draft');
      return `Tab cycles ${order.join(' → ')}; Escape = edit, draft intact`;
    },
  },
  {
    name: 'a11y: popup tabs follow the arrow keys with a visible focus ring',
    async run({ env }) {
      const ext = await extensionPage(env);
      try {
        await ext.getByRole('tab', { name: 'Now' }).waitFor();
        await ext.getByRole('tab', { name: 'Now' }).focus();
        const seen = [];
        for (const key of [
          'ArrowRight',
          'ArrowRight',
          'ArrowRight',
          'ArrowRight',
          'ArrowLeft',
          'End',
          'Home',
        ]) {
          await ext.keyboard.press(key);
          const f = await expectRing(ext, `the popup tab after ${key}`);
          const selected = await ext.locator('[role="tab"][aria-selected="true"]').textContent();
          if (selected !== f.text)
            throw new Error(`${key}: focus on ${f.text}, selected ${selected}`);
          seen.push(selected);
        }
        const want = ['Settings', 'History', 'Privacy', 'Now', 'Privacy', 'Privacy', 'Now'];
        if (seen.join('|') !== want.join('|')) throw new Error(`arrow order: ${seen.join(' → ')}`);
        return seen.join(' → ');
      } finally {
        await ext.close();
      }
    },
  },
];
