/**
 * What the built extension (dist/) is made of, read from its manifest: the files each part loads
 * (the always-loaded content script, the overlay script the worker injects, the worker, the
 * popup) following static imports, their gzip sizes, and the release policy checks (no dynamic
 * code, no remote code, minimal permissions, every referenced file present). Shared by
 * scripts/budgets.ts and scripts/package.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { UI_SCRIPT_PATH } from '../../src/background/inject.ts';
import { TABLE_PATH } from '../../src/background/vectors.ts';

export interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  description?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  background?: { service_worker?: string; type?: string };
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
  action?: { default_popup?: string; default_icon?: string | Record<string, string> };
  options_page?: string;
  options_ui?: { page?: string };
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  sandbox?: unknown;
}

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every file under `dir`, as posix paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const gzipBytes = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;

/** Relative static imports (`import … from './x.js'`, `import './x.js'`, `export … from`). */
const IMPORT_RE =
  /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT_RE = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** `entry` (dist-relative) and every file it imports, transitively. Missing files are reported. */
export function importClosure(dist: string, entry: string): { files: string[]; missing: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const abs = join(dist, file);
    if (!existsSync(abs)) {
      missing.push(file);
      return;
    }
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(abs, 'utf8');
    for (const re of [IMPORT_RE, DYNAMIC_IMPORT_RE]) {
      for (const m of code.matchAll(re))
        visit(posix.normalize(posix.join(posix.dirname(file), m[1]!)));
    }
  };
  visit(entry);
  return { files: [...seen].sort(), missing };
}

/** Scripts and stylesheets an extension HTML page loads (root-relative or page-relative). */
export function htmlAssets(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(
    /<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']/gi,
  )) {
    const ref = m[1]!;
    if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) continue; // remote: the policy check reports it
    out.push(
      ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(page), ref)),
    );
  }
  return out;
}

export interface Part {
  files: string[];
  raw: number;
  gzip: number;
}

function part(dist: string, files: string[]): Part {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gzip += gzipBytes(buf);
  }
  return { files, raw, gzip };
}

/** The extension's parts as the browser loads them (files shared by two parts count in both). */
export function parts(dist: string): {
  /** Parsed on every x.com page at document_start. */
  content: Part;
  /** Injected by the worker once a DM composer appears (badge, card). */
  overlay: Part;
  worker: Part;
  embeddings: Part;
  popup: Part;
} {
  const m = readManifest(dist);
  const content = new Set<string>();
  for (const cs of m.content_scripts ?? [])
    for (const f of [...(cs.js ?? []), ...(cs.css ?? [])])
      for (const g of importClosure(dist, f).files) content.add(g);
  const sw = m.background?.service_worker;
  const worker = sw ? importClosure(dist, sw).files : [];
  const popup = new Set<string>();
  const page = m.action?.default_popup;
  if (page) {
    popup.add(page);
    for (const a of htmlAssets(dist, page))
      for (const g of importClosure(dist, a).files) popup.add(g);
  }
  const embeddings = [TABLE_PATH].filter((f) => existsSync(join(dist, f)));
  return {
    content: part(dist, [...content].sort()),
    overlay: part(dist, existsSync(join(dist, UI_SCRIPT_PATH)) ? [UI_SCRIPT_PATH] : []),
    worker: part(dist, worker),
    embeddings: part(dist, embeddings),
    popup: part(dist, [...popup].sort()),
  };
}

// ---------------------------------------------------------------- policy

/** Patterns no shipped script may contain (MV3 forbids remotely hosted and string-evaluated code). */
const JS_FORBIDDEN: [RegExp, string][] = [
  [/(?<![\w$.])eval\s*\(/, 'eval('],
  [/\bnew\s+Function\b/, 'new Function'],
  [/\bimportScripts\s*\(\s*["'`]https?:/, "importScripts('http…')"],
  [/\bfetch\s*\(\s*["'`]https?:/, "fetch('http…')"],
  [/\bimport\s*\(\s*["'`](?:https?:)?\/\//, 'import() of a remote URL'],
  [/\bfrom\s*["'`](?:https?:)?\/\//, 'static import of a remote URL'],
  [/\.src\s*=\s*["'`]https?:\/\/[^"'`]*\.m?js\b/, 'remote script src'],
  // Test hooks exist only in test builds (`npm run build:test`); see src/background/stats.ts.
  [/__worthyStats/, 'a test hook (__worthyStats) in a release build'],
];
const HTML_FORBIDDEN: [RegExp, string][] = [
  [/<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i, 'remote <script src>'],
  [/<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i, 'remote <link href>'],
  [/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i, 'inline <script> (blocked by the MV3 CSP)'],
];
const CSS_FORBIDDEN: [RegExp, string][] = [
  [/@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i, 'remote @import'],
];

/** A Function-constructor probe or alias: allowed (the MV3 CSP blocks it) but worth knowing. */
const JS_NOTE: [RegExp, string][] = [
  [/(?<![\w$.])Function\s*\(\s*["'`]/, 'calls Function(…) (CSP blocks it; library feature probe)'],
  [/=\s*Function\s*[,;]/, 'aliases the Function constructor (CSP blocks it; library JIT)'],
];

const REF_MSG = /^__MSG_(\w+)__$/;

/** Sorted, as compared. */
export const ALLOWED_PERMISSIONS = ['scripting', 'storage'];
export const ALLOWED_HOSTS = ['https://twitter.com/*', 'https://x.com/*'];

export interface PolicyReport {
  problems: string[];
  notes: string[];
}

export function checkPolicy(dist: string): PolicyReport {
  const problems: string[] = [];
  const notes: string[] = [];
  const m = readManifest(dist);
  const files = listFiles(dist);

  // Code.
  for (const f of files) {
    const text = (): string => readFileSync(join(dist, f), 'utf8');
    const rules = f.endsWith('.js')
      ? JS_FORBIDDEN
      : f.endsWith('.html')
        ? HTML_FORBIDDEN
        : f.endsWith('.css')
          ? CSS_FORBIDDEN
          : null;
    if (!rules) continue;
    const src = text();
    for (const [re, what] of rules) if (re.test(src)) problems.push(`${f}: ${what}`);
    if (f.endsWith('.js'))
      for (const [re, what] of JS_NOTE) if (re.test(src)) notes.push(`${f}: ${what}`);
  }

  // Manifest.
  if (m.manifest_version !== 3) problems.push('manifest_version is not 3');
  // storage: settings and per-tab state; scripting: the overlay script, injected into x.com tabs
  // only when a DM composer appears (src/background/inject.ts). Hosts: exactly the pages the
  // content script already runs on, which scripting needs granted.
  const perms = [...(m.permissions ?? [])].sort();
  if (JSON.stringify(perms) !== JSON.stringify(ALLOWED_PERMISSIONS))
    problems.push(
      `permissions must be exactly ${JSON.stringify(ALLOWED_PERMISSIONS)}, got ${JSON.stringify(perms)}`,
    );
  const hosts = [...(m.host_permissions ?? [])].sort();
  if (JSON.stringify(hosts) !== JSON.stringify(ALLOWED_HOSTS))
    problems.push(
      `host_permissions must be exactly ${JSON.stringify(ALLOWED_HOSTS)}, got ${JSON.stringify(hosts)}`,
    );
  // One classic script, not a module importing chunks: Chrome starts that faster (docs/budgets.md,
  // "Where a cold score goes"; built by scripts/build/script-bundle.ts).
  const sw = m.background?.service_worker;
  if (!sw) problems.push('manifest names no service worker');
  else if (m.background?.type === 'module' || importClosure(dist, sw).files.length !== 1)
    problems.push(`the worker is not one classic script: ${sw}`);
  // A classic service worker refuses `import()` at run time, whatever it names. The worker's
  // lazily evaluated parts (src/background/handlers/index.ts) rely on the bundler inlining them.
  else if (existsSync(join(dist, sw)) && /\bimport\s*\(/.test(readFileSync(join(dist, sw), 'utf8')))
    problems.push(`the worker calls import(), which a service worker refuses: ${sw}`);
  if (!existsSync(join(dist, UI_SCRIPT_PATH)))
    problems.push(`the overlay script the worker injects is missing: ${UI_SCRIPT_PATH}`);
  for (const key of [
    'optional_host_permissions',
    'optional_permissions',
    'web_accessible_resources',
    'externally_connectable',
    'sandbox',
  ] as const) {
    const v = m[key];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0))
      problems.push(`manifest has ${key}`);
  }
  const csp = m.content_security_policy?.extension_pages ?? '';
  if (/unsafe-eval|unsafe-inline/.test(csp)) problems.push(`CSP allows unsafe code: "${csp}"`);
  if (/\bhttps?:|\*/.test(csp.replace(/connect-src[^;]*/, '')))
    problems.push(`CSP allows remote sources: "${csp}"`);
  if (m.content_security_policy?.sandbox) problems.push('manifest has a sandbox CSP');
  for (const cs of m.content_scripts ?? [])
    for (const pat of cs.matches ?? [])
      if (!/^https:\/\/(x|twitter)\.com\/\*$/.test(pat))
        problems.push(`content script matches more than X: ${pat}`);

  // Every file the manifest names exists.
  const refs: string[] = [];
  if (m.background?.service_worker) refs.push(m.background.service_worker);
  for (const cs of m.content_scripts ?? []) refs.push(...(cs.js ?? []), ...(cs.css ?? []));
  if (m.action?.default_popup) refs.push(m.action.default_popup);
  const icon = m.action?.default_icon;
  if (typeof icon === 'string') refs.push(icon);
  else if (icon) refs.push(...Object.values(icon));
  refs.push(...Object.values(m.icons ?? {}));
  if (m.options_page) refs.push(m.options_page);
  if (m.options_ui?.page) refs.push(m.options_ui.page);
  for (const r of refs)
    if (!existsSync(join(dist, r))) problems.push(`manifest names a missing file: ${r}`);
  if (!m.icons?.['128']) problems.push('no 128 px icon (the Chrome Web Store requires one)');
  // …and what those files load.
  for (const r of refs.filter((f) => f.endsWith('.js')))
    for (const miss of importClosure(dist, r).missing)
      problems.push(`${r} imports a missing file: ${miss}`);
  if (m.action?.default_popup && existsSync(join(dist, m.action.default_popup)))
    for (const a of htmlAssets(dist, m.action.default_popup)) {
      if (!existsSync(join(dist, a)))
        problems.push(`${m.action.default_popup} loads a missing file: ${a}`);
      else
        for (const miss of importClosure(dist, a).missing)
          problems.push(`${a} imports a missing file: ${miss}`);
    }

  // Localised strings resolve.
  const keys = [
    m.name,
    m.description ?? '',
    (m.action as { default_title?: string })?.default_title ?? '',
  ]
    .map((s) => REF_MSG.exec(s)?.[1])
    .filter((k): k is string => Boolean(k));
  if (keys.length > 0 || existsSync(join(dist, '_locales'))) {
    if (!m.default_locale)
      problems.push('manifest uses __MSG_…__ or _locales/ without default_locale');
    else {
      const file = join(dist, '_locales', m.default_locale, 'messages.json');
      if (!existsSync(file)) problems.push(`missing _locales/${m.default_locale}/messages.json`);
      else {
        const msgs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        const lower = new Set(Object.keys(msgs).map((k) => k.toLowerCase()));
        for (const k of keys)
          if (!lower.has(k.toLowerCase()))
            problems.push(`_locales/${m.default_locale} lacks "${k}"`);
      }
    }
  }
  return { problems, notes };
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
export const sizeOf = (path: string): number => statSync(path).size;
