/**
 * axe-core in real Chromium: injects node_modules/axe-core/axe.min.js into a page (fake X or an
 * extension page) through the DevTools protocol, so page CSPs do not block it, and audits either
 * the whole document or one element. axe walks open shadow roots, so passing Worthy's
 * `<worthy-overlay>` host as the context audits the badge, panel and warning inside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 / 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on `page`. `include` is a CSS selector of the element to audit (its open shadow tree
 * included); without it the whole document is audited.
 * @returns {Promise<{ violations: {id: string, impact: string, help: string, nodes: string[]}[], passes: number, incomplete: number }>}
 */
export async function runAxe(page, { include } = {}) {
  const injected = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (!injected) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ include, tags }) => {
      const context = include ? { include: [[include]] } : document;
      const r = await window.axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return {
        violations: r.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? 'unknown',
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' >>> ')}: ${n.failureSummary}`),
        })),
        passes: r.passes.length,
        incomplete: r.incomplete.length,
      };
    },
    { include, tags: WCAG_TAGS },
  );
}

/**
 * Audits and fails on any serious or critical violation; prints moderate and minor ones.
 * Returns a one-line summary for the scenario's note.
 */
export async function expectAccessible(page, label, opts = {}) {
  const r = await runAxe(page, opts);
  const blocking = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of r.violations.filter((x) => !blocking.includes(x))) {
    console.log(`      axe ${label}: ${v.impact} ${v.id} (${v.help}) ${v.nodes[0] ?? ''}`);
  }
  if (blocking.length) {
    throw new Error(
      `axe ${label}: ${blocking
        .map((v) => `${v.impact} ${v.id} (${v.help})\n        ${v.nodes.join('\n        ')}`)
        .join('\n      ')}`,
    );
  }
  return `${label}: ${r.violations.length} non-blocking, ${r.passes} rules passed`;
}
