/**
 * Vite plugin: writes the word-vector table the service worker uses in place (`emb/words.bin`)
 * from the source pair in data/emb/, at build time, so a cold worker never parses text. The
 * format and the builder live with the reader in src/engine/relevance/word-vectors.ts.
 */
import type { Plugin } from 'vite';
import { TABLE_PATH } from '../../src/background/vectors.ts';
import { vectorTable } from '../../src/node/load-vectors.ts';

export function vectorTablePlugin(): Plugin {
  return {
    name: 'worthy:vector-table',
    apply: 'build',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: TABLE_PATH, source: await vectorTable() });
    },
  };
}
