import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    target: 'chrome120',
    // Readable stack traces from users' bug reports matter more than a few KB.
    sourcemap: false,
    emptyOutDir: true,
  },
});
