/**
 * `worthy check` at campaign scale: the whole check (CSV parse, every row scored against the rows
 * before it, template groups) for 300, 3,000 and 30,000 rows of a synthetic campaign
 * (tests/fixtures/campaign.ts: personal drafts, two templates sent to many, some people written to twice),
 * with word vectors and the text layer loaded as the CLI loads them, after a warm-up. Printed per
 * size: total time, time per row and the ratio to 300 rows; linear is 10× and 100×.
 * Run: npm run bench:check (or with sizes: npm run bench:check -- 300 3000)
 */
import { checkCampaign } from '../src/cli/check';
import { loadResources } from '../src/node/load-resources';
import { campaignCsv } from '../tests/fixtures/campaign';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [300, 3_000, 30_000];

async function main(): Promise<void> {
  const resources = await loadResources();
  const now = Date.parse('2026-11-23T10:00:00Z');
  // Warm-up: the first rows pay for JIT compilation and the engine's lazy tables.
  checkCampaign(campaignCsv(300, 99), resources, now);
  const rows: string[] = [];
  let base = 0;
  for (const n of sizes) {
    const csv = campaignCsv(n);
    const t0 = performance.now();
    const { summary } = checkCampaign(csv, resources, now);
    const ms = performance.now() - t0;
    base ||= ms / n;
    const groups = summary.templates.map((g) => g.length).join(' + ');
    rows.push(
      `${n.toLocaleString('en-US').padStart(7)} rows  ${(ms / 1000).toFixed(2).padStart(7)} s  ` +
        `${(ms / n).toFixed(2).padStart(6)} ms/row  ×${((ms / base / n) * (n / sizes[0]!)).toFixed(1).padStart(5)} the ${sizes[0]}-row time ` +
        `(linear: ×${(n / sizes[0]!).toFixed(0)})  templates ${groups}`,
    );
    console.log(rows.at(-1));
  }
}

await main();
