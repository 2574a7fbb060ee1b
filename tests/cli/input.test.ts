/** Files and bytes the CLI reads: directories, BOMs and bytes that are not UTF-8. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, InputError, unreadable, utf8Lines } from '../../src/cli/input';
import { main } from '../../src/cli/main';
import { fakeIo } from './fake-io';

const dir = mkdtempSync(join(tmpdir(), 'worthy-input-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** `{"draft":"é"}` saved as Latin-1: é is the single byte 0xe9. */
const LATIN1 = Buffer.concat([Buffer.from('{"draft":"'), Buffer.from([0xe9]), Buffer.from('"}')]);

async function lines(chunks: (string | Buffer)[]) {
  const out = [];
  for await (const l of utf8Lines(Readable.from(chunks))) out.push(l);
  return out;
}

describe('input files', () => {
  it('names a directory and a missing file', async () => {
    expect(await unreadable(dir)).toBe(`${dir} is a directory, not a file`);
    expect(await unreadable(join(dir, 'nope'))).toBe(`no such file: ${join(dir, 'nope')}`);
    expect(await unreadable(file('ok.txt', 'x'))).toBeNull();
  });

  it('decodes UTF-8 with or without a BOM and names the first bad byte', () => {
    expect(decodeUtf8(Buffer.from('\ufeffhandle,draft\n'))).toBe('handle,draft\n');
    expect(decodeUtf8(Buffer.from('é'))).toBe('é');
    const bad = Buffer.concat([
      Buffer.from('a,b\nok,fine\nx,caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    expect(() => decodeUtf8(bad)).toThrow(InputError);
    expect(() => decodeUtf8(bad)).toThrow('not UTF-8 text (line 3, byte 6 (0xe9))');
    // Overlong forms and surrogates are not UTF-8 either.
    expect(() => decodeUtf8(Buffer.from([0xc0, 0xaf]))).toThrow('byte 1 (0xc0)');
    expect(() => decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toThrow('byte 1 (0xed)');
  });

  it('splits lines on bytes, even across chunks and inside a character, and flags bad lines only', async () => {
    const e = Buffer.from('é\n');
    expect(
      await lines([Buffer.from('\ufeffone\r\nt'), e.subarray(0, 1), e.subarray(1), LATIN1, 'end']),
    ).toEqual([
      { n: 1, text: 'one' },
      { n: 2, text: 'té' },
      // The Latin-1 line runs on into the last chunk, which has no final newline.
      { n: 3, error: 'not UTF-8 text (byte 11 (0xe9))' },
    ]);
  });
});

describe('worthy score and check on awkward files', () => {
  it('a directory is a usage error (2) with a clear message, for both commands', async () => {
    for (const cmd of ['score', 'check']) {
      const io = fakeIo();
      expect(await main([cmd, dir, '--no-vectors'], io)).toBe(2);
      expect(io.err()).toContain(`${dir} is a directory, not a file`);
      expect(io.out()).toBe('');
    }
  });

  it('score accepts a BOM, as check does', async () => {
    const path = file('bom.jsonl', '\ufeff{"draft":"Thanks, see you Monday!"}\n');
    const io = fakeIo();
    expect(await main(['score', path, '--no-vectors'], io)).toBe(0);
    expect(JSON.parse(io.out()).verdict).toBeDefined();
    const stdin = fakeIo('\ufeff{"draft":"hi"}\n');
    expect(await main(['score', '--no-vectors'], stdin)).toBe(0);
    const csv = file('bom.csv', '\ufeffhandle,draft\nsam,Thanks for the tip on grinders\n');
    const check = fakeIo();
    expect(await main(['check', csv, '--json', '--no-vectors'], check)).toBe(0);
    expect(JSON.parse(check.out().split('\n')[0]!)).toMatchObject({ row: 1, handle: 'sam' });
  });

  it('score reports a line that is not UTF-8 in place and scores the rest (exit 1)', async () => {
    const path = file(
      'latin1.jsonl',
      Buffer.concat([Buffer.from('{"draft":"hi"}\n'), LATIN1, Buffer.from('\n{"draft":"ok"}\n')]),
    );
    const io = fakeIo();
    expect(await main(['score', path, '--no-vectors'], io)).toBe(1);
    const out = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual({ line: 2, error: 'line 2: not UTF-8 text (byte 11 (0xe9))' });
    expect(out[2].verdict).toBeDefined();
  });

  it('check refuses a CSV that is not UTF-8 (exit 2), naming the line', async () => {
    const path = file(
      'latin1.csv',
      Buffer.concat([Buffer.from('handle,draft\nsam,caf'), Buffer.from([0xe9])]),
    );
    const io = fakeIo();
    expect(await main(['check', path, '--no-vectors'], io)).toBe(2);
    expect(io.err()).toContain('not UTF-8 text (line 2, byte 8 (0xe9)); save it as UTF-8');
    expect(io.out()).toBe('');
  });
});
