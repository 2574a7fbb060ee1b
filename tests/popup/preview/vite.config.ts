// Builds the screenshot harness: `npx vite build --config tests/popup/preview/vite.config.ts`.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [preact()],
  build: { outDir: '/tmp/worthy-popup-preview', emptyOutDir: true, target: 'chrome120' },
});
