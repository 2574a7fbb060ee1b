/**
 * Reading the CLI's input files: a clear message (and exit status 2, see main.ts) for a path
 * that is missing, a directory or unreadable; text must be UTF-8, with or without a byte order
 * mark. Bytes that are not UTF-8 are reported with their line rather than read as U+FFFD, which
 * would score mojibake as if it were what the user wrote.
 */
import { stat } from 'node:fs/promises';

export class InputError extends Error {}

/** Why `file` cannot be read as an input, or null when it can be opened. */
export async function unreadable(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    if (s.isDirectory()) return `${file} is a directory, not a file`;
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `no such file: ${file}`;
    if (code === 'EACCES' || code === 'EPERM') return `cannot read ${file}: permission denied`;
    return `cannot read ${file}: ${(e as Error).message}`;
  }
}

const BOM = 0xfeff;

/** Strict UTF-8: a TextDecoder that throws on a bad sequence instead of substituting. */
const strict = () => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes as text without a leading BOM; throws InputError naming the first bad line. */
export function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = strict().decode(bytes);
  } catch {
    throw new InputError(`not UTF-8 text (${badByteAt(bytes)}); save it as UTF-8 and try again`);
  }
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/** "line 3, byte 41 (0xe9)": where the first invalid sequence starts (only called on a failure). */
function badByteAt(bytes: Uint8Array, withLine = true): string {
  const at = firstInvalid(bytes);
  if (at < 0) return 'an incomplete character at the end';
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  const byte = `byte ${at - start + 1} (0x${bytes[at]!.toString(16).padStart(2, '0')})`;
  return withLine ? `line ${line}, ${byte}` : byte;
}

/** Index of the first byte that starts an invalid UTF-8 sequence (RFC 3629 ranges), or −1. */
function firstInvalid(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Continuation bytes needed, and the allowed range of the first one (no overlong forms,
    // no surrogates, nothing above U+10FFFF).
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}

export type InputLine = { n: number; text: string } | { n: number; error: string };

/**
 * Lines of a byte stream, decoded one by one: a line that is not UTF-8 becomes an error for that
 * line only (JSON Lines tools score the rest). Splitting bytes at `\n` is safe because UTF-8 never
 * uses that byte inside a character. CRLF line ends and a BOM on the first line are accepted.
 */
export async function* utf8Lines(
  input: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<InputLine> {
  let pending: Uint8Array[] = [];
  let n = 0;
  const decodeLine = (parts: Uint8Array[]): InputLine => {
    n++;
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    try {
      let text = strict().decode(bytes);
      if (n === 1 && text.charCodeAt(0) === BOM) text = text.slice(1);
      return { n, text };
    } catch {
      return { n, error: `not UTF-8 text (${badByteAt(bytes, false)})` };
    }
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = bytes.indexOf(0x0a); nl !== -1; nl = bytes.indexOf(0x0a, from)) {
      pending.push(bytes.subarray(from, nl));
      yield decodeLine(pending);
      pending = [];
      from = nl + 1;
    }
    if (from < bytes.length) pending.push(bytes.subarray(from));
  }
  if (pending.some((p) => p.length > 0)) yield decodeLine(pending);
}
