/**
 * Vite plugins that build one entry as one self-contained classic script (an IIFE) at a fixed
 * path, outside crxjs's own module build. Mirrors crxjs's IIFE build of the always-loaded content
 * script (same root, mode, define, target and minifier). Two users:
 *
 * - `injectedScriptPlugin`: the overlay (src/overlay/ui.entry.ts), which the worker injects with
 *   `chrome.scripting.executeScript`. Not a manifest content script, so crxjs does not build it;
 *   its `?script` imports would also list the file in `web_accessible_resources` for every site,
 *   which Worthy never has.
 * - `workerScriptPlugin`: the service worker. crxjs would ship it as an ES module worker that
 *   imports chunks shared with the popup; Chrome starts a classic, single-file worker faster (a
 *   score request to a stopped worker: 389–524 ms classic against 476–629 ms as a module, in
 *   rounds alternating the builds in Chromium 156; its evaluation and its first score both drop).
 *   See docs/budgets.md, "Where a cold score goes". Built for `vite build` only: the dev server
 *   (`vite`, which Worthy does not use) would run without a worker.
 */
import { join } from 'node:path';
import type { CrxPlugin } from '@crxjs/vite-plugin';
import { build, type Plugin, type ResolvedConfig } from 'vite';

/** The overlay script, or any script injected by path: `entry` built to `fileName`. */
export function injectedScriptPlugin(entry: string, fileName: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'worthy:injected-script',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: await bundle(config, entry, fileName) });
    },
  };
}

/**
 * The service worker: `entry` (the manifest's `background.service_worker`, which crxjs must then
 * not see) built to `fileName`, and the built manifest pointed at it as a classic worker.
 */
export function workerScriptPlugin(entry: string, fileName: string): CrxPlugin {
  return {
    ...injectedScriptPlugin(entry, fileName),
    name: 'worthy:worker-script',
    // After crxjs's own plugins: one of them would otherwise wrap the worker in a module loader.
    enforce: 'post',
    // crxjs's own hook, called with the manifest it is about to write.
    renderCrxManifest(manifest) {
      manifest.background = { service_worker: fileName };
      return manifest;
    },
  };
}

async function bundle(config: ResolvedConfig, entry: string, fileName: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    root: config.root,
    mode: config.mode,
    define: config.define,
    resolve: { alias: config.resolve.alias },
    plugins: [],
    build: {
      write: false,
      emptyOutDir: false,
      minify: config.build.minify,
      sourcemap: false,
      target: config.build.target,
      lib: {
        entry: join(config.root, entry),
        formats: ['iife'],
        name: 'worthy',
        fileName: () => fileName,
      },
      // Strict, as the module build was: rolldown keeps the directive only where a source has one.
      rollupOptions: { output: { entryFileNames: fileName, strict: true } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((r) =>
    'output' in r ? r.output : [],
  );
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (chunk?.type !== 'chunk') throw new Error(`no bundle for ${entry}`);
  return chunk.code;
}
