/**
 * Node loader for the word-embedding asset in `public/emb/` (built by
 * scripts/build-embeddings.ts). Memoised: every caller in one process shares one instance.
 * The service worker has its own loader (fetch + `WordVectors.fromBuffers`).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { WordVectors } from '../engine/relevance/word-vectors';

/** Folder holding `vocab.txt` and `vectors.i8`. */
export const EMBEDDINGS_DIR = fileURLToPath(new URL('../../public/emb/', import.meta.url));

let loading: Promise<WordVectors> | null = null;

export function loadVectors(dir: string = EMBEDDINGS_DIR): Promise<WordVectors> {
  if (dir !== EMBEDDINGS_DIR) return read(dir);
  loading ??= read(dir).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

async function read(dir: string): Promise<WordVectors> {
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  const [vocab, bytes] = await Promise.all([
    readFile(`${base}vocab.txt`, 'utf8'),
    readFile(`${base}vectors.i8`),
  ]);
  return WordVectors.fromBuffers(vocab, bytes);
}
