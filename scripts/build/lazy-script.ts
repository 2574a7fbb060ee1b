/**
 * Vite plugin: builds a script the worker injects with `chrome.scripting.executeScript` (the
 * overlay: src/overlay/ui.entry.ts) as one self-contained file at a fixed path. Not a manifest
 * content script, so crxjs does not build it; its `?script` imports would also list the file in
 * `web_accessible_resources` for every site, which Worthy never has. Mirrors crxjs's own IIFE
 * build of the always-loaded content script (same root, mode, define, target and minifier).
 */
import { join } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

export function lazyScriptPlugin(entry: string, fileName: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'worthy:lazy-script',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    async generateBundle() {
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
            name: 'worthyOverlay',
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
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}
