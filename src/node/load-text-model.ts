/**
 * Node loader for the learned text layer (public/model/text.bin, built by
 * scripts/fit-text-model.ts). Memoised: every caller in one process shares one instance. The
 * service worker has its own loader (fetch + `TextModel.fromBytes`).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TextModel } from '../engine/text-model/model';

export const TEXT_MODEL_PATH = fileURLToPath(
  new URL('../../public/model/text.bin', import.meta.url),
);

let loading: Promise<TextModel> | null = null;

export function loadTextModel(path: string = TEXT_MODEL_PATH): Promise<TextModel> {
  if (path !== TEXT_MODEL_PATH) return readFile(path).then((b) => TextModel.fromBytes(b));
  loading ??= readFile(path)
    .then((b) => TextModel.fromBytes(new Uint8Array(b.buffer, b.byteOffset, b.byteLength)))
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}
