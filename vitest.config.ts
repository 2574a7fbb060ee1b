import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// crx() stays out of here: it needs a full extension build, unit tests need none.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // UI text comes from chrome.i18n in the extension; here, from the bundled English catalog.
    setupFiles: ['tests/setup/i18n.ts', 'tests/setup/preact.ts'],
    // The overlay inlines its CSS (`?inline`): tests read the same text the extension injects.
    css: { include: [/\.css(\?|$)/] },
    testTimeout: 20_000,
    // Worker threads start faster and use less CPU than forked processes (about a tenth less
    // here); every test file passes in either, and nothing relies on a process of its own.
    pool: 'threads',
  },
});
