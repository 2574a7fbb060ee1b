/** How main-thread time is read from a CPU profile: samples under the extension's scripts. */
import { describe, expect, it } from 'vitest';
import { extensionTime } from '../../../scripts/budgets/browser';

const EXT = 'chrome-extension://abc/';
// root → page.js → ext.js (node 3) → native (node 4, no url: DOM work the extension called)
const nodes = [
  { id: 1, callFrame: { url: '' }, children: [2, 5] },
  { id: 2, callFrame: { url: 'https://x.com/page.js' }, children: [3] },
  { id: 3, callFrame: { url: `${EXT}src/content/main.iife.js` }, children: [4] },
  { id: 4, callFrame: { url: '' } },
  { id: 5, callFrame: { url: 'https://x.com/other.js' } },
];

describe('extensionTime', () => {
  it('counts samples whose stack holds an extension frame, and the longest run of them', () => {
    // A sample lasts until the next one: timeDeltas[i + 1].
    const samples = [3, 4, 4, 5, 3, 2, 1];
    const timeDeltas = [0, 100, 200, 300, 400, 500, 600];
    const t = extensionTime({ nodes, samples, timeDeltas }, EXT);
    expect(t.samples).toBe(4);
    expect(t.totalMs).toBeCloseTo((100 + 200 + 300 + 500) / 1000);
    expect(t.longestMs).toBeCloseTo((100 + 200 + 300) / 1000);
  });

  it('is zero for a profile without the extension', () => {
    expect(extensionTime({ nodes, samples: [2, 5, 1], timeDeltas: [0, 10, 10] }, EXT)).toEqual({
      totalMs: 0,
      longestMs: 0,
      samples: 0,
    });
  });
});
