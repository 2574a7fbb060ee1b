/**
 * Worthy is translatable without touching code: every user-facing string lives in
 * `public/_locales/en/messages.json`. These checks scan the source so that stays true.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../src/engine/i18n';
import { msg } from '../../src/shared/i18n';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p, ext);
    return ext.test(name) ? [p] : [];
  });
}

const sources = files(SRC, /\.tsx?$/).map((p) => ({
  path: relative(ROOT, p),
  text: readFileSync(p, 'utf8'),
}));
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
const KEY_PREFIX =
  /^(?:app|action|engine|time|spam|signal|suggestion|blanket|topic|overlay|ui|popup)_/;

/** Highest `$n` an entry reads, through its placeholders or directly. */
function arity(key: string): number {
  const e = ENGLISH[key]!;
  const text = [e.message, ...Object.values(e.placeholders ?? {}).map((p) => p.content)]
    .join(' ')
    .replaceAll('$$', '');
  return Math.max(0, ...[...text.matchAll(/\$([1-9])/g)].map((m) => Number(m[1])));
}

/** Number of top-level elements of the array literal starting at `text[at] === '['`. */
function arrayLength(text: string, at: number): number {
  let depth = 0;
  let items = 0;
  let seen = false;
  let quote: string | null = null;
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      seen = true;
      continue;
    }
    if ('([{'.includes(c)) {
      depth++;
      if (depth > 1) seen = true;
      continue;
    }
    if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) return items + (seen ? 1 : 0);
      continue;
    }
    if (depth === 1 && c === ',') {
      if (seen) items++;
      seen = false;
      continue;
    }
    if (depth === 1 && !/\s/.test(c)) seen = true;
  }
  throw new Error('unterminated array');
}

interface Call {
  where: string;
  keys: string[];
  /** Substitutions passed as an array literal; null when not a literal (checked elsewhere). */
  subs: number | null;
}

/** `t('key', [...])`, `msg('key')` and `t(cond ? 'a' : 'b', [...])` calls. */
function calls(): Call[] {
  const out: Call[] = [];
  const re =
    /\b(?:t|msg)\(\s*(?:'([a-z0-9_]+)'|[^'()]*?\?\s*'([a-z0-9_]+)'\s*:\s*'([a-z0-9_]+)')\s*(,\s*\[|,|\))/g;
  for (const { path, text } of sources) {
    for (const m of text.matchAll(re)) {
      const keys = [m[1], m[2], m[3]].filter((k): k is string => !!k);
      const tail = m[4]!;
      const subs =
        tail === ')' ? 0 : tail.endsWith('[') ? arrayLength(text, m.index + m[0].length - 1) : null;
      out.push({ where: `${path}: ${m[0].slice(0, 60)}`, keys, subs });
    }
  }
  return out;
}

describe('message catalog', () => {
  const all = calls();

  it('finds the calls it checks', () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it('has every key the source uses', () => {
    const literals = sources.flatMap(({ path, text }) =>
      [...text.matchAll(/'([a-z0-9]+(?:_[a-z0-9]+)+)'/g)]
        .map((m) => m[1]!)
        .filter((k) => KEY_PREFIX.test(k))
        .map((k) => ({ path, k })),
    );
    const missing = [
      ...all.flatMap((c) => c.keys.map((k) => ({ path: c.where, k }))),
      ...literals,
    ].filter(({ k }) => !Object.hasOwn(ENGLISH, k));
    expect(missing).toEqual([]);
  });

  it('uses every entry', () => {
    const text = sources.map((s) => s.text).join('\n');
    const unused = Object.keys(ENGLISH).filter(
      (k) => !text.includes(`'${k}'`) && !manifest.includes(`__MSG_${k}__`),
    );
    expect(unused).toEqual([]);
  });

  it('gets as many substitutions as each message reads', () => {
    const wrong = all
      .filter((c) => c.subs !== null)
      .flatMap((c) =>
        c.keys
          .filter((k) => Object.hasOwn(ENGLISH, k))
          .filter((k) => (c.keys.length === 1 ? arity(k) !== c.subs : arity(k) > c.subs!))
          .map((k) => `${c.where} → ${k} reads ${arity(k)}, gets ${c.subs}`),
      );
    expect(wrong).toEqual([]);
  });

  it('is valid Chrome _locales JSON: messages, descriptions, placeholders', () => {
    for (const [key, e] of Object.entries(ENGLISH)) {
      expect(key).toMatch(/^[a-z0-9_]+$/);
      expect(e.message.length, key).toBeGreaterThan(0);
      expect(e.description?.length ?? 0, key).toBeGreaterThan(0);
      const named = [...e.message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_]+)\$/g)];
      for (const m of named)
        expect(e.placeholders?.[m[1]!.toLowerCase()], `${key} ${m[1]}`).toBeTruthy();
    }
  });

  it('names the extension through the catalog', () => {
    const m = JSON.parse(manifest);
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_app_name__');
    expect(m.description).toBe('__MSG_app_description__');
    expect(m.action.default_title).toBe('__MSG_action_title__');
  });

  it('msg falls back to English without chrome.i18n, and prefers chrome.i18n', () => {
    expect(msg('overlay_warning_edit')).toBe('Edit message');
    const g = globalThis as { chrome?: unknown };
    const before = g.chrome;
    g.chrome = {
      i18n: { getMessage: (k: string) => (k === 'overlay_warning_edit' ? 'Modifier' : '') },
    };
    try {
      expect(msg('overlay_warning_edit')).toBe('Modifier');
      expect(msg('overlay_warning_send')).toBe('Send anyway');
    } finally {
      g.chrome = before;
    }
  });
});

describe('no English left in the UI code', () => {
  const tsx = sources.filter(
    (s) => s.path.endsWith('.tsx') && /^src\/(overlay|popup|ui)\//.test(s.path),
  );
  /** Allowed visible text: the product name, its "W" logo mark and symbols. */
  const allowed = (s: string) => s === 'W' || !/[A-Za-z]/.test(s.replace(/\bWorthy\b/g, ''));

  it('has no sentence in JSX text children', () => {
    const found: string[] = [];
    for (const { path, text } of tsx) {
      // Drop comments, then look at text between tags (not inside {…} expressions).
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const m of code.matchAll(/(?<![=-]|\S )>([^<>{}]*)(?=<|\{)|\}([^<>{}]*)(?=<\/)/g)) {
        const t = (m[1] ?? m[2] ?? '').trim();
        if (t && !allowed(t) && !/[;=(]|\b(?:const|return|=>)\b/.test(t))
          found.push(`${path}: ${t}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('has no English in visible attributes', () => {
    const found: string[] = [];
    const attr =
      /\b(?:label|aria-label|title|placeholder|alt|hint|unknownText|valueText)="([^"]*)"/g;
    for (const { path, text } of tsx) {
      for (const m of text.matchAll(attr)) if (!allowed(m[1]!)) found.push(`${path}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
