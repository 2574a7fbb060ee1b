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
 *   imports chunks shared with the popup; Chrome starts a classic, single-file worker much faster
 *   (a cold score from a stopped worker: 540–647 ms as a module, 412–460 ms classic, measured in
 *   Chromium 156 with each part timed: its evaluation and its first score both drop, which is
 *   what V8's code cache for classic worker scripts would give). See docs/budgets.md.
 */
import { join } from 'node:path';
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
export function workerScriptPlugin(entry: string, fileName: string): Plugin {
  return {
    ...injectedScriptPlugin(entry, fileName),
    name: 'worthy:worker-script',
    // After crxjs's own plugins: one of them would otherwise wrap the worker in a module loader.
    enforce: 'post',
    // crxjs's own hook, called with the manifest it is about to write.
    renderCrxManifest(manifest: { background?: unknown }) {
      manifest.background = { service_worker: fileName };
      return manifest;
    },
  } as Plugin;
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
      rollupOptions: { output: { entryFileNames: fileName } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((r) =>
    'output' in r ? r.output : [],
  );
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (chunk?.type !== 'chunk') throw new Error(`no bundle for ${entry}`);
  return chunk.code;
}
