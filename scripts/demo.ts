/**
 * `npm run demo`: a one-minute story of what Worthy does, in real Chromium on a local fake X.
 * Builds the extension, views @alice's profile, messages her a generic pitch (held, with the
 * reasons), rewrites it around her marathon post (green), sends it; then answers a customer in
 * @bob's thread. Prints each step in plain words and saves light and dark screenshots.
 *   DISPLAY set → a visible browser window; otherwise headless. DEMO_HEADLESS=1 forces headless.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { TabState } from '../src/shared/messages';
import { type E2EEnv, extensionPage, launch, ROOT, sent, until } from '../tests/e2e/harness.mjs';

const OUT = join(ROOT, 'artifacts', 'demo');
const PITCH =
  'Hey!! Quick question - want 10x more followers? Our AI growth tool is 50% OFF today only, ' +
  'click https://bit.ly/3xYz now!!! Limited spots, reply YES';
const SPECIFIC =
  'Hi Alice, a sub-3 in Berlin with a negative split and no wall is impressive! ' +
  'I coach beginners too and would love to hear how you paced the last 10k.';
const CUSTOMER =
  'Hi Bob, sorry about the wait on order #4412. I checked: it shipped Friday and should ' +
  'arrive tomorrow. I will follow up if it does not.';

const t0 = performance.now();
const say = (s: string) =>
  console.log(`${((performance.now() - t0) / 1000).toFixed(1).padStart(5)}s  ${s}`);
const shots: string[] = [];

async function shot(page: Page, name: string) {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  shots.push(path);
}

/** The verdict the worker last stored for the draft (the popup reads the same state). */
async function verdictFor(ext: Page, draft: string): Promise<NonNullable<TabState['verdict']>> {
  return until(
    async () => {
      const all = (await ext.evaluate(() => chrome.storage.session.get(null))) as Record<
        string,
        TabState
      >;
      return Object.values(all).find((s) => s?.draft === draft && s.verdict)?.verdict ?? null;
    },
    { timeout: 8_000, message: 'the verdict for the draft in session storage' },
  );
}

function describe(v: NonNullable<TabState['verdict']>): string {
  const word = { send: 'SEND (green)', revise: 'REVISE (amber)', hold: 'HOLD (red)' }[v.verdict];
  const reasons = v.signals
    .filter((s) => s.severity !== 'info')
    .slice(0, 3)
    .map((s) => `${s.severity === 'good' ? '+' : '-'} ${s.message}`);
  return [
    `verdict ${word}, score ${Math.round(v.score)}/100`,
    ...reasons.map((r) => `         ${r}`),
  ].join('\n');
}

const badge = (page: Page) => page.getByRole('button', { name: /^Worthy/ });
const chatBox = (page: Page) => page.getByRole('textbox', { name: 'Message', exact: true });

async function badgeSays(page: Page, wanted: string[]) {
  return until(
    async () => {
      const v = await badge(page).first().getAttribute('data-verdict', { timeout: 500 });
      return v && wanted.includes(v) ? v : null;
    },
    { timeout: 8_000, message: `the badge to turn ${wanted.join('/')}` },
  );
}

async function story(env: E2EEnv) {
  const page = await env.ctx.newPage();
  // You have never written to Alice: her chat starts empty (a cold message).
  await page.addInitScript(() => {
    (window as { __fakeXConfig?: unknown }).__fakeXConfig = { threads: { '111-222': [] } };
  });
  const ext = await extensionPage(env);
  await page.bringToFront();

  say(
    "1. You open @alice's profile on X. Worthy quietly remembers what it shows (on this device only).",
  );
  await page.goto('https://x.com/alice?theme=light');
  await until(
    async () => {
      const r = await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'export-data' }));
      return JSON.stringify(r).includes('Sub-3 marathon');
    },
    { timeout: 8_000, message: "alice's profile to be remembered" },
  );
  say('   Remembered: her bio (marathoner, coach) and recent posts (sub-3 marathon in Berlin, …).');
  await shot(page, '1-profile-light');

  say('2. You click "Message" and type a generic growth pitch.');
  await page.getByRole('button', { name: 'Message' }).first().click();
  const box = chatBox(page);
  await box.click();
  await box.pressSequentially(PITCH);
  await badgeSays(page, ['hold', 'revise']);
  say(`   The badge by the composer warns: ${describe(await verdictFor(ext, PITCH))}`);
  await badge(page).first().click();
  await shot(page, '2-pitch-panel-light');

  say('3. You press Enter anyway.');
  await box.press('Enter');
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor({ state: 'visible', timeout: 5_000 });
  say(
    `   Worthy holds the send and asks first. Messages sent so far: ${(await sent(page)).length}.`,
  );
  await shot(page, '3-held-light');

  say('4. You choose "Edit message" and rewrite it around her marathon post.');
  await dialog.getByRole('button', { name: 'Edit message' }).click();
  await box.fill('');
  await box.pressSequentially(SPECIFIC);
  await badgeSays(page, ['send']);
  say(`   The badge turns green: ${describe(await verdictFor(ext, SPECIFIC))}`);
  await badge(page).first().click();
  await shot(page, '4-specific-panel-light');

  say('5. You press Enter: it goes straight out, no questions asked.');
  await box.press('Enter');
  await until(async () => (await sent(page)).length === 1, { message: 'the send' });
  say(`   Sent: "${(await sent(page))[0]?.slice(0, 60)}…"`);

  say('6. A customer, @bob, wrote first about a late order. You reply with the facts.');
  await page.goto('https://x.com/i/chat/333-444?theme=light');
  await chatBox(page).click();
  await chatBox(page).pressSequentially(CUSTOMER);
  await badgeSays(page, ['send', 'revise', 'hold']);
  const v = await verdictFor(ext, CUSTOMER);
  say(`   Worthy sees a customer-started thread: ${describe(v)}`);
  await shot(page, '6-customer-light');
  await chatBox(page).press('Enter');
  await until(async () => (await sent(page)).length === 1, {
    timeout: 5_000,
    message: 'the reply to go out',
  });
  say('   Sent immediately: Worthy stays out of the way when a message is worth sending.');

  say('7. The same warning in dark mode.');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('https://x.com/i/chat/111-222?theme=dark&thread=cold');
  await chatBox(page).click();
  await chatBox(page).pressSequentially(PITCH);
  await badgeSays(page, ['hold', 'revise']);
  await badge(page).first().click();
  await shot(page, '7-pitch-panel-dark');
  await chatBox(page).press('Enter');
  await page.getByRole('alertdialog').waitFor({ state: 'visible', timeout: 5_000 });
  await shot(page, '8-held-dark');
  await ext.close();
}

async function main() {
  await mkdir(OUT, { recursive: true });
  say('Building the extension (vite build)…');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  const headless = process.env.DEMO_HEADLESS === '1' || !process.env.DISPLAY;
  say(
    `Starting Chromium (${headless ? 'headless' : 'visible window'}) with Worthy and a local copy of X…`,
  );
  const env = await launch({ headless });
  let ok = false;
  try {
    await story(env);
    ok = true;
  } catch (e) {
    console.error(`\nThe demo stopped: ${(e as Error).message}`);
  } finally {
    await env.close();
  }
  console.log(`\nScreenshots (${shots.length}):`);
  for (const s of shots) console.log(`  ${relative(process.cwd(), s)}`);
  say(ok ? 'Done.' : 'Done, with an error (see above).');
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
