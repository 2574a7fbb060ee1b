import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, test } from 'vitest';
import { campaignRows, checkCampaign, renderTable, splitPosts } from '../../src/cli/check';
import { CsvError, parseCsv } from '../../src/cli/csv';
import { type Io, useColour } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { SIGNALS } from '../../src/engine/registry';
import { fakeIo } from './fake-io';

const SIGNAL_NAME_KEYS: Record<string, string> = Object.fromEntries(
  SIGNALS.map((s) => [s.id, s.name]),
);

const ROOT = join(import.meta.dirname, '../..');
const exec = promisify(execFile);

/** `main()` in this process (fast: no Node start, no TypeScript loader per call). */
async function worthy(args: string[], input?: string) {
  const io = fakeIo(input ?? '');
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** The real `bin/worthy.mjs` in a child process: the wiring and the exit status a shell sees. */
async function worthyBin(args: string[], input?: string) {
  const env = { ...process.env, NO_COLOR: '1' };
  try {
    const p = exec('node', ['bin/worthy.mjs', ...args], { cwd: ROOT, env, maxBuffer: 32 << 20 });
    if (input !== undefined) {
      p.child.stdin!.end(input);
    }
    const { stdout, stderr } = await p;
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Every signal id the catalog names: none of them may reach a person reading the CLI. */
const IDS = Object.keys(SIGNAL_NAME_KEYS);
const showsAnId = (text: string) =>
  IDS.find((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(text));

describe('worthy score', () => {
  it('scores the example file cleanly: one JSON line per input, in order, exit 0', async () => {
    const inputs = readFileSync(join(ROOT, 'examples/drafts.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const r = await worthy(['score', 'examples/drafts.jsonl', '--no-vectors']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(inputs.length);
    for (const o of out) expect(['send', 'revise', 'hold']).toContain(o.verdict);
    // Order is preserved: the templated draft is last in the file and is caught as such.
    expect(out.at(-1).signals.map((s: { id: string }) => s.id)).toContain('blanket-sending');
  });

  it('keeps going past a bad line, reports it in place and exits 1', async () => {
    const r = await worthy(['score', 'examples/drafts-with-a-bad-line.jsonl', '--no-vectors']);
    expect(r.code).toBe(1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual({ line: 2, error: expect.stringMatching(/^line 2: draft/) });
    expect([out[0].version, out[2].version]).toEqual([1, 1]);
    expect(r.stderr).toContain('1 of the input lines failed');
  });

  it('--pretty says each verdict in words, + and −, percentages, and never an id', async () => {
    const r = await worthy(['score', 'examples/drafts.jsonl', '--pretty', '--no-vectors']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. @priya_brews \(Priya Raman\)$/m);
    expect(r.stdout).toMatch(
      /^ {3}✓ Worth sending · \d+\/100 · relevance to them \d+% · spam risk \d+%$/m,
    );
    expect(r.stdout).toMatch(/^ {3}✕ Not worth sending/m);
    expect(r.stdout).toMatch(/^ {3}\+ \S/m);
    expect(r.stdout).toMatch(
      /^ {3}− Shortened link {2}\+\d+ spam risk {2}“https:\/\/bit\.ly\/grow-now”$/m,
    );
    expect(r.stdout).toMatch(/^ {3}Answer their question: “Hi, where is my order/m);
    expect(r.stdout).toMatch(/^ {3}Try this: /m);
    expect(r.stdout).not.toMatch(/0\.\d\d/);
    expect(showsAnId(r.stdout)).toBeUndefined();
    const bad = await worthy(['score', 'examples/drafts-with-a-bad-line.jsonl', '--pretty']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^2\. line 2: draft/m);
  });

  it('reads stdin, skips blank lines, reports invalid JSON, exits 0 when all lines pass', async () => {
    const ok = await worthy(['score', '--no-vectors'], '{"draft":"hi"}\n\n{"draft":"thanks"}\n');
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(2);
    const bad = await worthy(['score', '--no-vectors'], '{"draft":"hi"}\n{nope\n');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout.trim().split('\n')[1]!)).toMatchObject({
      line: 2,
      error: expect.stringContaining('line 2: invalid JSON'),
    });
  });

  it('explains itself and fails clearly on a missing file', async () => {
    const [help, r] = await Promise.all([
      worthyBin(['score', '--help']),
      worthyBin(['score', 'nope.jsonl']),
    ]);
    expect(help.stdout).toContain('Usage: worthy score');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file: nope.jsonl');
  });
});

describe('worthy check', () => {
  it('prints a table in words and percentages, flags the templates, no colour off a TTY', async () => {
    const r = await worthy(['check', 'examples/campaign.csv', '--no-vectors']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/#\s+recipient\s+verdict\s+score\s+relevance\s+spam risk\s+reasons/);
    expect(r.stdout).toMatch(
      /^ 1 {2}@priya_brews +[✓!] (Worth sending|Needs work) +\d+ +\d+% +\d+% {2}\+ /m,
    );
    expect(r.stdout).toMatch(/− Same text to many people/);
    expect(r.stdout).toMatch(/Templated: rows 2, 3, 4, 6, 7, 8, 10/);
    expect(r.stdout).toMatch(/10 rows: \d+ Worth sending · \d+ Needs work · \d+ Not worth sending/);
    expect(showsAnId(r.stdout)).toBeUndefined();
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('--json prints one line per row plus a summary', async () => {
    const r = await worthy(['check', 'examples/campaign.csv', '--json', '--no-vectors']);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatchObject({ row: 1, handle: 'priya_brews', version: 1 });
    expect(lines.at(-1).summary.templates).toEqual([[2, 3, 4, 6, 7, 8, 10]]);
  });

  test.each([
    ['a missing file', null, /no such file/],
    ['a CSV without a draft column', 'handle,bio\nx,y\n', /no "draft" column/],
    ['an unterminated quote', 'handle,draft\nx,"oops\n', /bad CSV: unterminated quoted field/],
  ])('fails clearly on %s', async (_, content, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'worthy-'));
    const file = join(dir, 'c.csv');
    if (content !== null) writeFileSync(file, content);
    const r = await worthy(['check', file, '--no-vectors']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('campaign CSV', () => {
  test.each([
    [
      'plain',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted comma, quote and newline',
      'a,b\r\n"x, ""y""\nz",2\r\n',
      [
        ['a', 'b'],
        ['x, "y"\nz', '2'],
      ],
    ],
    [
      'BOM, blank lines, no final newline',
      '\ufeffa,b\n\n1,\n',
      [
        ['a', 'b'],
        ['1', ''],
      ],
    ],
    [
      'empty quoted field',
      'a,b\n"",x',
      [
        ['a', 'b'],
        ['', 'x'],
      ],
    ],
  ])('parses %s', (_, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a\n"x')).toThrow(CsvError);
  });
  it('splits posts on " | " and newlines', () => {
    expect(splitPosts('one | two\nthree|four')).toEqual(['one', 'two', 'three|four']);
  });
  it('reads each row as an engine input: handle without @, posts split, row-N when unnamed', () => {
    const rows = campaignRows(
      [
        { handle: '@a', draft: 'x', posts: 'one | two' },
        { handle: '', draft: 'y' },
      ],
      1_000_000,
    );
    expect(rows[0]!.input).toMatchObject({
      draft: 'x',
      recipient: { handle: 'a', posts: ['one', 'two'] },
      now: 1_000_000,
    });
    expect(rows.map((r) => r.who)).toEqual(['a', 'row-2']);
  });
  it('marks empty drafts as errors without stopping', () => {
    const { results, summary } = checkCampaign('handle,draft\na,\nb,hello there\n', {});
    expect(results[0]!.error).toBe('empty draft');
    expect(results[1]!.verdict).not.toBeNull();
    expect(summary.errors).toBe(1);
  });
});

describe('table colour', () => {
  const { results, summary } = checkCampaign('handle,draft\na,Hi there friend how are you\n', {});
  it('colours the verdict only when asked', () => {
    expect(renderTable(results, summary, true)).toContain('\x1b[');
    expect(renderTable(results, summary, false)).not.toContain('\x1b[');
  });
  test.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [false, {}, false],
  ])('TTY %s, env %o → colour %s', (isTTY, env, expected) => {
    const io = { stdout: { isTTY }, env } as unknown as Io;
    expect(useColour(io)).toBe(expected);
  });
});
