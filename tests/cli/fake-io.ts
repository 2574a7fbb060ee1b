/** An in-process terminal for `main()`: no child process, so CLI tests stay fast. */
import { PassThrough, Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io';

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

function sink(isTTY: boolean): Writable & { isTTY: boolean; text: string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  }) as Writable & { isTTY: boolean; text: string };
  w.isTTY = isTTY;
  Object.defineProperty(w, 'text', { get: () => chunks.join('') });
  return w;
}

export function fakeIo(
  stdin: string | Buffer = '',
  { stdoutTTY = false, stderrTTY = false } = {},
): FakeIo {
  const stdout = sink(stdoutTTY);
  const stderr = sink(stderrTTY);
  const input = typeof stdin === 'string' ? Buffer.from(stdin) : stdin;
  return {
    stdin: stdin === '' ? new PassThrough().end() : Readable.from([input]),
    stdout,
    stderr,
    env: { NO_COLOR: '1' },
    out: () => stdout.text,
    err: () => stderr.text,
  };
}
