import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { lazyScriptPlugin } from './scripts/build/lazy-script.ts';
import { vectorTablePlugin } from './scripts/build/vector-table.ts';
import { UI_SCRIPT_PATH } from './src/background/inject.ts';

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest }),
    vectorTablePlugin(),
    // The badge and card, injected by the worker when a DM composer first appears.
    lazyScriptPlugin('src/overlay/ui.entry.ts', UI_SCRIPT_PATH),
  ],
  build: {
    target: 'chrome120',
    // Readable stack traces from users' bug reports matter more than a few KB.
    sourcemap: false,
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // The worker's first-line mark in a chunk of its own, so it is evaluated before the chunk
        // the worker shares with the popup (see src/background/first-line.ts).
        codeSplitting: { groups: [{ name: 'first-line', test: /src\/background\/first-line/ }] },
      },
    },
  },
});
