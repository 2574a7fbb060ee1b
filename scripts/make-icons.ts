/**
 * Renders Worthy's icons (public/icons/icon-{16,32,48,128}.png) from one SVG with Chromium's own
 * rasteriser: a rounded X-blue square with a white check. The PNGs are committed; run this only
 * when the mark changes:  npx tsx scripts/make-icons.ts
 *
 * Chrome's guidance for the 128 px store/extensions-page icon is 96 px of artwork with 16 px of
 * transparent padding; the toolbar sizes (16, 32) use nearly the full square so the mark stays
 * legible, with a heavier stroke at 16 px.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, ROOT } from '../tests/e2e/harness.mjs';

const ICON_SIZES = [16, 32, 48, 128] as const;
const BLUE = 'rgb(29,155,240)';

/** The mark at `size` px: padding, corner radius and stroke width tuned per size. */
function iconSvg(size: number): string {
  const pad = size >= 128 ? 16 : size >= 48 ? 3 : size >= 32 ? 1 : 0;
  const side = size - 2 * pad;
  const radius = side * 0.22;
  // The check in a 24-unit box, scaled into the square.
  const stroke = size <= 16 ? 3.6 : size <= 32 ? 3.1 : 2.7;
  const scale = side / 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect x="${pad}" y="${pad}" width="${side}" height="${side}" rx="${radius}" fill="${BLUE}"/>
  <g transform="translate(${pad} ${pad}) scale(${scale})">
    <path d="M6.2 12.6 L10.3 16.6 L17.9 7.9" fill="none" stroke="#fff" stroke-width="${stroke}"
      stroke-linecap="round" stroke-linejoin="round"/>
  </g>
</svg>`;
}

async function main(): Promise<void> {
  const out = join(ROOT, 'public', 'icons');
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      const file = join(out, `icon-${size}.png`);
      await writeFile(file, png);
      console.log(`${file.slice(ROOT.length + 1)}  ${size}×${size}  ${png.length} B`);
    }
  } finally {
    await browser.close();
  }
}

await main();
