/**
 * `npm run demo`: a one-minute story of what Worthy does, in real Chromium on a local fake X.
 * Builds the extension, then walks through every surface (badge, card and its details, the
 * pre-send warning, the popup's tabs, a 1024×640 window, the legacy drawer), narrating the light
 * pass in plain words, then again in dark. The screenshots land in docs/screenshots/ (the README
 * shows them; commit them when the UI changes).
 *   DISPLAY set → a visible browser window; otherwise headless. DEMO_HEADLESS=1 forces headless.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { launch, ROOT } from '../tests/e2e/harness.mjs';
import { walk } from './demo/walk';

const OUT = join(ROOT, 'docs', 'screenshots');

const t0 = performance.now();
const say = (s: string) =>
  console.log(`${((performance.now() - t0) / 1000).toFixed(1).padStart(5)}s  ${s}`);

async function main() {
  await mkdir(OUT, { recursive: true });
  say('Building the extension (vite build)…');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  const headless = process.env.DEMO_HEADLESS === '1' || !process.env.DISPLAY;
  say(
    `Starting Chromium (${headless ? 'headless' : 'visible window'}) with Worthy and a local copy of X…`,
  );
  const env = await launch({ headless });
  const shots: string[] = [];
  let ok = false;
  try {
    shots.push(...(await walk(env, 'light', OUT, say)));
    say('8. The same surfaces in dark mode.');
    shots.push(...(await walk(env, 'dark', OUT)));
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
