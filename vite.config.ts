import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { injectedScriptPlugin, workerScriptPlugin } from './scripts/build/script-bundle.ts';
import { vectorTablePlugin } from './scripts/build/vector-table.ts';
import { UI_SCRIPT_PATH } from './src/background/inject.ts';

/** Where the worker is built (a classic script of its own: see scripts/build/script-bundle.ts). */
const WORKER_PATH = 'service-worker.js';
const { background, ...rest } = manifest;

export default defineConfig({
  plugins: [
    preact(),
    // The worker is built by workerScriptPlugin, not by crxjs.
    crx({ manifest: rest }),
    vectorTablePlugin(),
    // The badge and card, injected by the worker when a DM composer first appears.
    injectedScriptPlugin('src/overlay/ui.entry.ts', UI_SCRIPT_PATH),
    workerScriptPlugin(background.service_worker, WORKER_PATH),
  ],
  build: {
    target: 'chrome120',
    // Readable stack traces from users' bug reports matter more than a few KB.
    sourcemap: false,
    emptyOutDir: true,
  },
});
