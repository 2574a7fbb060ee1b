/**
 * Screenshots of the popup preview in each tab and state, light and dark, into artifacts/popup/.
 * Run after building the harness: `npx tsx tests/popup/preview/shoot.ts`.
 */

import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = '/tmp/worthy-popup-preview';
const OUT = 'artifacts/popup';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

const SHOTS: { name: string; query: string }[] = [
  { name: 'now-verdict', query: 'tab=guidance&state=verdict' },
  { name: 'now-no-draft', query: 'tab=guidance&state=no-draft' },
  { name: 'now-elsewhere', query: 'tab=guidance&state=elsewhere' },
  { name: 'now-paused', query: 'tab=guidance&state=paused' },
  { name: 'now-aside', query: 'tab=guidance&state=aside' },
  { name: 'now-memory-off', query: 'tab=guidance&state=memory-off' },
  { name: 'settings', query: 'tab=settings' },
  { name: 'history', query: 'tab=history' },
  { name: 'privacy', query: 'tab=privacy' },
  { name: 'privacy-memory-off', query: 'tab=privacy&state=memory-off' },
];

const server = createServer(async (req, res) => {
  const path =
    normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  try {
    const body = await readFile(join(ROOT, path));
    res
      .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const only = process.argv[2];
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({
    viewport: { width: 380, height: 600 },
    colorScheme: scheme,
    deviceScaleFactor: 1,
  });
  for (const shot of SHOTS) {
    if (only && !shot.name.includes(only)) continue;
    await page.goto(`http://127.0.0.1:${port}/index.html?${shot.query}`);
    await page.waitForSelector('[role=tabpanel] > :not(.p-muted:only-child)');
    await page.waitForTimeout(100);
    // Grow the panel so the whole view is in one picture.
    await page.addStyleTag({ content: '.w-tabpanel{max-height:none!important}' });
    await page.screenshot({ path: `${OUT}/${shot.name}-${scheme}.png`, fullPage: true });
  }
  await page.close();
}
// Dim is only reachable through the data-theme hook.
const dim = await browser.newPage({ viewport: { width: 380, height: 600 } });
await dim.goto(`http://127.0.0.1:${port}/index.html?tab=guidance&state=verdict&theme=dim`);
await dim.waitForSelector('.p-verdict');
await dim.addStyleTag({
  content: '.w-tabpanel{max-height:none!important}body{background:rgb(21,32,43)}',
});
await dim.screenshot({ path: `${OUT}/now-verdict-dim.png`, fullPage: true });
await browser.close();
server.close();
console.log(`screenshots in ${OUT}/`);
