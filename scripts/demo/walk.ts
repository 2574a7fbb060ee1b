/**
 * One walk through every surface Worthy shows, in one theme, saving a screenshot of each: the
 * card and its details on a cold pitch, the pre-send warning, the popup's four tabs on the same
 * verdict, the badge turning "Worth sending" after a rewrite, a customer's question in a
 * 1024×640 window, and the legacy DM drawer. `say` narrates the light pass of `npm run demo`.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { english } from '../../src/engine/i18n';
import type { TabState } from '../../src/shared/messages';
import { topReasons } from '../../src/ui/signals';
import { VERDICT } from '../../src/ui/vocabulary';
import { type E2EEnv, extensionPage, sent, until } from '../../tests/e2e/harness.mjs';

export type Theme = 'light' | 'dark';
type Verdict = NonNullable<TabState['verdict']>;

export const PITCH =
  'Hey!! Quick question - want 10x more followers? Our AI growth tool is 50% OFF today only, ' +
  'click https://bit.ly/3xYz now!!! Limited spots, reply YES';
export const SPECIFIC =
  'Hi Alice, a sub-3 in Berlin with a negative split and no wall is impressive! ' +
  'I coach beginners too and would love to hear how you paced the last 10k.';
const CUSTOMER =
  'Hi Bob, sorry about the wait on order #4412. I checked: it shipped Friday and should ' +
  'arrive tomorrow. I will follow up if it does not.';
const HILLS =
  'Mostly in the second half: two long climbs after 30k. Hill repeats on weekends help.';

const badge = (page: Page) => page.getByRole('button', { name: /^Worthy/ }).first();
const chatBox = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });
const card = (page: Page) => page.locator('[data-worthy="card"]');

/** The verdict the worker stored for `draft` (what the popup reads too). */
async function stored(ext: Page, draft: string): Promise<{ tabId: number; verdict: Verdict }> {
  return until(
    async () => {
      const all = (await ext.evaluate(() => chrome.storage.session.get(null))) as Record<
        string,
        TabState
      >;
      const key = Object.keys(all).find((k) => all[k]?.draft === draft && all[k].verdict);
      return key ? { tabId: Number(key.slice(4)), verdict: all[key]!.verdict! } : null;
    },
    { timeout: 8_000, message: 'the verdict for the draft in session storage' },
  );
}

/** "Not worth sending, 8/100" and its first reasons, in the words the UI uses. */
export function inWords(v: Verdict, draft: string): string {
  const lines = topReasons(v, draft, english, 3).map(
    (r) =>
      `${r.tone === 'good' ? '+' : '−'} ${r.name}${r.quotes.length ? `: “${r.quotes.join('”, “')}”` : ''}`,
  );
  return [`${english(VERDICT[v.verdict].name)}, ${Math.round(v.score)}/100`, ...lines].join(
    '\n           ',
  );
}

async function badgeSays(page: Page, wanted: string[]) {
  return until(
    async () => {
      const v = await badge(page).getAttribute('data-verdict', { timeout: 500 });
      const placed = await badge(page).getAttribute('data-placed', { timeout: 500 });
      return v && placed === 'true' && wanted.includes(v) ? v : null;
    },
    { timeout: 8_000, message: `the badge to say ${wanted.join('/')}` },
  );
}

async function typeInto(box: ReturnType<typeof chatBox>, text: string) {
  await box.click();
  await box.fill('');
  await box.pressSequentially(text);
}

export async function walk(
  env: E2EEnv,
  theme: Theme,
  out: string,
  say: (line: string) => void = () => {},
): Promise<string[]> {
  const shots: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = join(out, `${name}-${theme}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };
  const page = await env.ctx.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.setViewportSize({ width: 1280, height: 800 });
  const ext = await extensionPage(env);
  try {
    say("1. You open @alice's profile. Worthy remembers what it shows, on this device only.");
    await page.goto(`https://x.com/alice?theme=${theme}`);
    await until(
      async () => {
        const r = await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'export-data' }));
        return JSON.stringify(r).includes('Sub-3 marathon');
      },
      { timeout: 8_000, message: "alice's profile to be remembered" },
    );

    say('2. In a cold chat with her you type a generic growth pitch.');
    await page.goto(`https://x.com/i/chat/111-222?theme=${theme}&thread=cold`);
    await typeInto(chatBox(page), PITCH);
    await badgeSays(page, ['hold', 'revise']);
    const pitch = await stored(ext, PITCH);
    say(`   The badge says: ${inWords(pitch.verdict, PITCH)}`);
    await badge(page).click();
    await card(page).waitFor();
    await shot(page, 'card');
    await card(page).getByRole('button', { name: 'Details' }).click();
    await shot(page, 'card-details');
    await page.keyboard.press('Escape');

    say('3. You press Enter anyway: Worthy holds the send and asks first.');
    await chatBox(page).press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
    await shot(page, 'warning');
    await dialog.getByRole('button', { name: 'Edit message' }).click();
    say(`   Nothing was sent (${(await sent(page)).length} messages); the draft is intact.`);

    say('4. The toolbar popup shows the same verdict in the same words, and your settings.');
    await ext.setViewportSize({ width: 380, height: 600 });
    await ext.emulateMedia({ colorScheme: theme });
    await ext.goto(`chrome-extension://${env.extensionId}/src/popup/index.html?tab=${pitch.tabId}`);
    for (const [tab, name] of [
      ['Now', 'popup-now'],
      ['Settings', 'popup-settings'],
      ['History', 'popup-history'],
      ['Privacy', 'popup-privacy'],
    ] as const) {
      await ext.getByRole('tab', { name: tab }).click();
      await until(async () => !(await ext.getByText('Loading…').count()), { message: tab });
      await shot(ext, name);
    }

    say('5. You rewrite it around her marathon post.');
    await page.bringToFront();
    await typeInto(chatBox(page), SPECIFIC);
    await badgeSays(page, ['send']);
    say(`   The badge turns green: ${inWords((await stored(ext, SPECIFIC)).verdict, SPECIFIC)}`);
    await shot(page, 'badge');
    await chatBox(page).press('Enter');
    await until(async () => (await sent(page)).length === 1, { message: 'the send' });
    say('   Enter sends it straight away: Worthy stays out of the way of a good message.');

    say('6. In a 1024×640 window, a customer (@bob) asked about a late order.');
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.goto(`https://x.com/i/chat/333-444?theme=${theme}`);
    await typeInto(chatBox(page), CUSTOMER);
    await badgeSays(page, ['send', 'revise', 'hold']);
    say(`   ${inWords((await stored(ext, CUSTOMER)).verdict, CUSTOMER)}`);
    await badge(page).click();
    await card(page).waitFor();
    await shot(page, 'card-1024');
    say('   The card opens beside the thread: his question stays in view.');

    say('7. The legacy DM drawer works the same, and nothing covers its last message.');
    await page.goto(`https://x.com/home?drawer=1&theme=${theme}`);
    const drawerBox = page.getByRole('complementary').getByRole('textbox').first();
    await drawerBox.click();
    await drawerBox.pressSequentially(HILLS);
    await badgeSays(page, ['send', 'revise', 'hold']);
    await badge(page).click();
    await card(page).waitFor();
    await shot(page, 'drawer');
  } finally {
    await ext.close();
    await page.close();
  }
  return shots;
}
