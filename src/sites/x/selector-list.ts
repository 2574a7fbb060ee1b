/**
 * Every selector in selectors.ts by name ("CHAT.composerTextarea"), for page diagnostics: which
 * of them match on a page where Worthy cannot read X, and how often. Read from the module itself,
 * so a selector added there is reported without touching this file; entries that are not
 * selectors (attribute names, test-id prefixes, class names) are named here, and a unit test
 * fails on any entry that is neither a valid selector nor listed.
 */
import * as S from './selectors.ts';

/** The groups of selectors.ts, by the names they are exported under. */
export const GROUPS = {
  SHADOW_HOSTS: S.SHADOW_HOSTS,
  CHAT: S.CHAT,
  LEGACY: S.LEGACY,
  DRAFT: S.DRAFT,
  PROFILE: S.PROFILE,
  ACCOUNT: S.ACCOUNT,
  GENERIC: S.GENERIC,
} as const;

/** Entries that are vocabulary rather than selectors. */
export const NOT_SELECTORS: ReadonlySet<string> = new Set([
  'CHAT.messageRowAttrName',
  'CHAT.messageRowPrefix',
  'CHAT.messageTextPrefix',
  'CHAT.notRowPrefixes',
  'CHAT.rowClassMine',
  'CHAT.rowClassTheirs',
]);

export interface NamedSelector {
  name: string;
  selector: string;
}

/** Every string (or string in an array) of every group, with its dotted name. */
export function allEntries(): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const [group, entries] of Object.entries(GROUPS)) {
    for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
      const name = `${group}.${key}`;
      if (typeof value === 'string') out.push({ name, value });
      else if (Array.isArray(value))
        value.forEach((v, i) => {
          if (typeof v === 'string') out.push({ name: `${name}[${i}]`, value: v });
        });
    }
  }
  return out;
}

/** The selectors to count on a page. */
export function namedSelectors(): NamedSelector[] {
  return allEntries()
    .filter((e) => !NOT_SELECTORS.has(e.name.replace(/\[\d+\]$/, '')))
    .map((e) => ({ name: e.name, selector: e.value }));
}

/** X's own words: every token of every test id named in selectors.ts, lower-cased. */
export function testIdVocabulary(): ReadonlySet<string> {
  const out = new Set<string>();
  for (const { value } of allEntries()) {
    for (const m of value.matchAll(/data-testid[\^*]?="([^"]*)"/g))
      for (const t of m[1]!.split(/[-_:.]+/)) if (t) out.add(t.toLowerCase());
    if (!value.includes('['))
      for (const t of value.split(/[-_:.]+/)) if (t) out.add(t.toLowerCase());
  }
  return out;
}
