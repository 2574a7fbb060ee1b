/**
 * The engine's message catalog. Every sentence the engine writes for people (signal messages,
 * suggestions, skipped-check reasons) is looked up here by a stable key, in Chrome's
 * `_locales/<lang>/messages.json` format, so a translation needs no code change.
 *
 * By default the English catalog is read from the same file the extension ships
 * (`public/_locales/en/messages.json`). A host can pass `EngineResources.translate` (the service
 * worker passes `chrome.i18n.getMessage`); whatever it cannot answer falls back to English.
 * Pure: no `chrome.*` here, so this runs in the service worker, Node tests and the CLI alike.
 */
import en from '../../public/_locales/en/messages.json' with { type: 'json' };

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Readonly<Record<string, CatalogEntry>>;

/** Substitutions as callers pass them: numbers are turned into strings. */
export type Subs = readonly (string | number)[];

/** Looks a key up with substitutions; always returns text (the key itself if it is unknown). */
export type Translate = (key: string, subs?: Subs) => string;

/** A host's lookup, e.g. `chrome.i18n.getMessage`: '' or undefined means "not known here". */
export type HostTranslate = (key: string, subs?: string[]) => string | undefined;

export const ENGLISH: Catalog = en as Catalog;

/**
 * Chrome's substitution semantics: `$name$` placeholders (case-insensitive) expand to their
 * `content`, then `$1`…`$9` take the substitutions (missing ones become ''), and `$$` is a `$`.
 */
export function formatMessage(entry: CatalogEntry, subs: readonly string[] = []): string {
  const expanded = expandedOf(entry);
  // Nothing left to substitute (most messages): the second pass would change nothing.
  if (!expanded.includes('$')) return expanded;
  return expanded.replace(/\$(\$|[1-9])/g, (_m, c: string) =>
    c === '$' ? '$' : (subs[Number(c) - 1] ?? ''),
  );
}

/**
 * An entry's message with its `$name$` placeholders expanded: it depends on the entry alone, so
 * it is worked out once per entry instead of on every message of every score. Kept with the
 * message and placeholders it was made from, so an entry changed since is expanded afresh.
 */
const expandedEntries = new WeakMap<
  CatalogEntry,
  { message: string; placeholders: CatalogEntry['placeholders']; expanded: string }
>();

function expandedOf(entry: CatalogEntry): string {
  const hit = expandedEntries.get(entry);
  if (hit && hit.message === entry.message && hit.placeholders === entry.placeholders) {
    return hit.expanded;
  }
  const named = new Map<string, string>();
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
    named.set(name.toLowerCase(), p.content);
  }
  const expanded = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => named.get(name.toLowerCase()) ?? whole,
  );
  expandedEntries.set(entry, {
    message: entry.message,
    placeholders: entry.placeholders,
    expanded,
  });
  return expanded;
}

/** The message for `key` in `catalog`, or undefined when the catalog does not have it. */
export function lookup(catalog: Catalog, key: string, subs: Subs = []): string | undefined {
  const entry = Object.hasOwn(catalog, key) ? catalog[key] : undefined;
  return entry ? formatMessage(entry, subs.map(String)) : undefined;
}

/** English, straight from the bundled catalog. */
export const english: Translate = (key, subs) => lookup(ENGLISH, key, subs) ?? key;

/** A translator that asks the host first and falls back to English when it has no answer. */
export function translator(host?: HostTranslate): Translate {
  if (!host) return english;
  return (key, subs) => {
    let got: string | undefined;
    try {
      got = host(key, subs?.map(String));
    } catch {
      got = undefined;
    }
    return got ? got : english(key, subs);
  };
}

/** Joins items as "a, b and c" with the catalog's list words. */
export function listAnd(t: Translate, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  let head = items[0]!;
  for (let i = 1; i < items.length - 1; i++) head = t('engine_list_comma', [head, items[i]!]);
  return t('engine_list_and', [head, items[items.length - 1]!]);
}

/** Joins items as "a, b, c" with the catalog's list separator. */
export function listComma(t: Translate, items: readonly string[]): string {
  if (items.length === 0) return '';
  let out = items[0]!;
  for (let i = 1; i < items.length; i++) out = t('engine_list_comma', [out, items[i]!]);
  return out;
}

/** Two sentences one after the other (a space in English, none in e.g. Japanese). */
export function sentences(t: Translate, first: string, second: string): string {
  return second ? t('engine_sentence_join', [first, second]) : first;
}
