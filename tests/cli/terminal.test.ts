/** What reaches a terminal: escaped control characters, and progress only where it belongs. */
import { describe, expect, it } from 'vitest';
import { checkCampaign, renderTable, runCheck } from '../../src/cli/check';
import { main } from '../../src/cli/main';
import { PROGRESS_FROM, progress } from '../../src/cli/progress';
import { visible } from '../../src/cli/visible';
import { campaignCsv } from '../fixtures/campaign';
import { fakeIo } from './fake-io';

const ESC = '\x1b';
const NOW = Date.parse('2026-11-23T10:00:00Z');

describe('control characters', () => {
  it('are escaped, visible text is left alone', () => {
    expect(visible(`evil${ESC}[2J${ESC}[Hname`)).toBe('evil\\x1b[2J\\x1b[Hname');
    expect(visible('a\tb\nc\u0085d\u009be')).toBe('a\\x09b\\x0ac\\x85d\\x9be');
    expect(visible('abc\u202eexe.txt\u2066')).toBe('abc\\u{202e}exe.txt\\u{2066}');
    expect(visible('Café ☕ 日本 @sam_1')).toBe('Café ☕ 日本 @sam_1');
  });

  it('in a CSV handle, name and draft never reach the table raw', async () => {
    const csv = `handle,name,draft\n"x${ESC}[2J${ESC}[31m",Sam${ESC}]0;pwned\x07,"Hi!${ESC}[2J Loved your post on grinders, which burr do you use?"\n`;
    const { results, summary, rows } = checkCampaign(csv, {}, NOW);
    const table = renderTable(
      results,
      summary,
      false,
      rows.map((r) => r.input.draft),
    );
    expect(table).not.toContain(ESC);
    expect(table).toContain('@x\\x1b[2J\\x1b[31m');
    const io = fakeIo();
    expect(await runCheck(io, csv, {}, false, NOW)).toBe(0);
    expect(io.out()).not.toContain(ESC);
  });

  it('in score --pretty output, never reach the terminal raw', async () => {
    const line = JSON.stringify({
      draft: `Hi ${ESC}[2J there, saw your post ${ESC}[31mabout grinders`,
      recipient: { handle: `a${ESC}[2J`, name: `B${ESC}c`, posts: [`Which grinder? ${ESC}[5m`] },
    });
    const io = fakeIo(`${line}\n`);
    expect(await main(['score', '--pretty', '--no-vectors'], io)).toBe(0);
    expect(io.out()).toContain('@a\\x1b[2J (B\\x1bc)');
    expect(io.out()).not.toContain(ESC);
  });
});

describe('progress on standard error', () => {
  const big = campaignCsv(PROGRESS_FROM + 20, 8);

  it('shows on a terminal past a few hundred rows, redrawn in place and cleared at the end', async () => {
    const io = fakeIo('', { stderrTTY: true });
    expect(await runCheck(io, big, {}, true, NOW)).toBe(0);
    const err = io.err();
    expect(err).toContain(`\r${ESC}[2Kworthy: checked 1 of ${PROGRESS_FROM + 20} rows`);
    expect(err).toContain(`checked ${PROGRESS_FROM + 20} of ${PROGRESS_FROM + 20} rows`);
    expect(err.endsWith(`\r${ESC}[2K`)).toBe(true);
    // Standard output holds only results: one JSON line per row and the summary.
    const lines = io.out().trim().split('\n');
    expect(lines).toHaveLength(PROGRESS_FROM + 21);
    for (const l of lines) JSON.parse(l);
  });

  it('stays silent when standard error is not a terminal, or the campaign is small', async () => {
    const ticks: string[] = [];
    const write = (s: string) => ticks.push(s);
    for (const [stderr, total] of [
      [{ isTTY: false, write }, PROGRESS_FROM + 1],
      [{ write }, 10_000],
      [{ isTTY: true, write }, PROGRESS_FROM],
    ] as const) {
      const p = progress(stderr as never, total);
      p.tick(10);
      p.tick(total);
      p.end();
    }
    expect(ticks).toEqual([]);
  });

  it('redraws at most every 100 ms, and always the last row', () => {
    const ticks: string[] = [];
    let t = 0;
    const tty = { isTTY: true, write: (s: string) => ticks.push(s) } as never;
    const p = progress(tty, 1_000, () => t);
    for (let done = 1; done <= 1_000; done++) {
      t += 1;
      p.tick(done);
    }
    p.end();
    // 1 s of rows at one per ms: a redraw every 100 ms, the final row, and the clearing write.
    expect(ticks.length).toBe(12);
    expect(ticks.at(-2)).toContain('checked 1,000 of 1,000 rows');
  });
});
