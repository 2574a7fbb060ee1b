/** Small terminal helpers shared by the commands. */
import type { Writable } from 'node:stream';
import type { EngineResources } from '../engine/index';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: Record<string, string | undefined>;
}

export const processIo = (): Io => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

/** Write and wait when the pipe is full, so a slow reader does not buffer the whole output. */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) {
    await new Promise<void>((resolve) => out.once('drain', resolve));
  }
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(io: Io): boolean {
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
}

/**
 * Word vectors make relevance judge meaning, not just shared words; the learned text layer
 * reads what no word list names. Missing assets are not fatal: the engine falls back to word
 * overlap and the lists, and we say so once on stderr.
 */
export async function loadResources(io: Io, wanted: boolean): Promise<EngineResources> {
  if (!wanted) return {};
  try {
    const { loadResources } = await import('../node/load-resources');
    return await loadResources();
  } catch (e) {
    io.stderr.write(
      `worthy: word vectors or text model not loaded (${(e as Error).message}); relevance uses word overlap only and the learned text layer is off\n`,
    );
    return {};
  }
}
