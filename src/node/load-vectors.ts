/**
 * Node loader for the word embeddings, whose source pair lives in `data/emb/` (built by
 * scripts/build-embeddings.ts). Builds the same table the extension ships (`buildTable`, also
 * run at build time by scripts/build/vector-table.ts) and reads it with `fromTable`, so Node and
 * the service worker share one lookup path. Memoised: every caller in one process shares one
 * instance.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildTable, WordVectors } from '../engine/relevance/word-vectors.ts';

/** Folder holding `vocab.txt` and `vectors.i8`. */
export const EMBEDDINGS_DIR = fileURLToPath(new URL('../../data/emb/', import.meta.url));

let loading: Promise<WordVectors> | null = null;

export function loadVectors(dir: string = EMBEDDINGS_DIR): Promise<WordVectors> {
  if (dir !== EMBEDDINGS_DIR) return read(dir);
  loading ??= read(dir).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** The table the extension ships as `emb/words.bin`, built from the source pair in `dir`. */
export async function vectorTable(dir: string = EMBEDDINGS_DIR): Promise<Uint8Array> {
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  const [vocab, bytes] = await Promise.all([
    readFile(`${base}vocab.txt`, 'utf8'),
    readFile(`${base}vectors.i8`),
  ]);
  return buildTable(vocab, bytes);
}

async function read(dir: string): Promise<WordVectors> {
  return WordVectors.fromTable(await vectorTable(dir));
}
