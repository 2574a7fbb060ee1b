/**
 * Links in a draft: full URLs, bare domains and emails (linkifyjs, which knows the full IANA TLD
 * list) plus defanged links that no library finds (`hxxp://evil[.]com`, `example(dot)com`),
 * which people write to slip past link filters.
 */
import { find } from 'linkifyjs';
import type { Analysis } from '../analysis';

export type LinkKind = 'url' | 'bare' | 'defanged' | 'email';

export interface Link {
  /** Draft range of the link as written. */
  start: number;
  end: number;
  /** The link as a browser would open it (`http://` added to bare domains, defanging undone). */
  href: string;
  /** Lowercase host without `www.`; for an email, the part after `@`. */
  domain: string;
  kind: LinkKind;
  /** A URL shortener or link-in-bio hub that hides where the link goes. */
  shortener: boolean;
}

/**
 * Shorteners hide the destination. `t.co` is deliberately absent: X wraps every link in t.co, so
 * it says nothing about the sender.
 */
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'v.gd',
  'buff.ly',
  'cutt.ly',
  'rb.gy',
  'shorturl.at',
  'lnkd.in',
  'rebrand.ly',
  't.ly',
  'tiny.cc',
  'shorte.st',
  'adf.ly',
  'bl.ink',
  's.id',
  'qr.ae',
  'tr.im',
  'soo.gd',
  'clck.ru',
  'u.to',
  'x.gd',
  'urlz.fr',
  'shrtco.de',
  'dub.sh',
  'short.io',
  'snip.ly',
  'tinycc.com',
  'bit.do',
  'mcaf.ee',
  'db.tt',
  '2no.co',
  'rotf.lol',
]);

/** Link-in-bio hubs: one link that fans out to many, a staple of cold promo DMs. */
export const LINK_HUBS: ReadonlySet<string> = new Set([
  'linktr.ee',
  'linktree.com',
  'beacons.ai',
  'lnk.bio',
  'bio.link',
  'solo.to',
  'campsite.bio',
  'tap.bio',
  'allmylinks.com',
  'hoo.be',
  'linkin.bio',
  'msha.ke',
  'many.link',
  'stan.store',
  'snipfeed.co',
  'koji.to',
  'carrd.co',
  'linkfly.to',
  'direct.me',
]);

/** Is `domain` one of the shortener or link-hub hosts (or a subdomain of one)? */
export function isShortener(domain: string): boolean {
  return hostIn(domain, SHORTENERS) || hostIn(domain, LINK_HUBS);
}

export function isLinkHub(domain: string): boolean {
  return hostIn(domain, LINK_HUBS);
}

function hostIn(domain: string, set: ReadonlySet<string>): boolean {
  let d = domain;
  for (;;) {
    if (set.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) return false;
    d = d.slice(dot + 1);
  }
}

/** A trusted-domain entry as the user may type it (`https://www.Acme.com/`) → `acme.com`. */
export function cleanDomain(d: string): string {
  return d
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\d*\./, '')
    .replace(/\.$/, '');
}

/** True when `domain` is one of `trusted` or a subdomain of one (`shop.acme.com` ← `acme.com`). */
export function isTrusted(domain: string, trusted: readonly string[]): boolean {
  const d = cleanDomain(domain);
  if (!d) return false;
  for (const t of trusted) {
    const c = cleanDomain(t);
    if (c && (d === c || d.endsWith(`.${c}`))) return true;
  }
  return false;
}

/**
 * A stable form of a link for hashing and comparing: scheme dropped, host lowercased without
 * `www.`, default ports, tracking parameters (`utm_*`, `fbclid`, `gclid`, `ref`, `s`, `t` on X),
 * fragments and trailing slashes removed, remaining query parameters sorted.
 */
export function normaliseLink(href: string): string {
  let h = href.trim();
  if (/^mailto:/i.test(h)) return `mailto:${h.slice(7).toLowerCase()}`;
  h = h.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const hash = h.indexOf('#');
  if (hash >= 0) h = h.slice(0, hash);
  const cut = h.search(/[/?]/);
  const hostPart = cut < 0 ? h : h.slice(0, cut);
  let rest = cut < 0 ? '' : h.slice(cut);
  const host = cleanDomain(hostPart.replace(/:(80|443)$/, ''));
  const port = /:(\d+)$/.exec(hostPart.replace(/:(80|443)$/, ''))?.[0] ?? '';
  let query = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    const params = rest
      .slice(q + 1)
      .split('&')
      .filter((p) => p && !/^(utm_[^=]*|fbclid|gclid|mc_eid|igshid|ref|ref_src|s|t)(=|$)/i.test(p))
      .sort();
    query = params.length ? `?${params.join('&')}` : '';
    rest = rest.slice(0, q);
  }
  rest = rest.replace(/\/+$/, '');
  return `${host}${port}${rest}${query}`;
}

function domainOf(href: string): string {
  if (/^mailto:/i.test(href)) return cleanDomain(href.slice(href.indexOf('@') + 1));
  return cleanDomain(href);
}

// TLDs that are also everyday words or chat shorthand; `ok.so`, `im.in`, `me.at` in a message
// are typos of a missing space, not links, unless written with a scheme, `www.` or a path.
const WORDLIKE_TLDS = new Set([
  'am',
  'an',
  'as',
  'at',
  'be',
  'by',
  'do',
  'go',
  'hi',
  'id',
  'in',
  'is',
  'it',
  'me',
  'my',
  'no',
  'of',
  'on',
  'or',
  'so',
  'to',
  'tv',
  'uk',
  'up',
  'us',
  'we',
  'ya',
  'la',
  'lol',
  'now',
  'you',
  'fun',
  'new',
  'one',
  'how',
  'day',
  'ok',
]);

// Endings people actually type as bare domains.
const COMMON_BARE_TLDS = new Set([
  'com',
  'net',
  'org',
  'io',
  'co',
  'ai',
  'app',
  'dev',
  'gg',
  'ly',
  'me',
  'tv',
  'xyz',
  'info',
  'biz',
  'us',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'ca',
  'au',
  'in',
  'ru',
  'jp',
  'cn',
  'br',
  'online',
  'site',
  'store',
  'shop',
  'club',
  'live',
  'top',
  'click',
  'link',
  'ee',
  'to',
  'so',
  'gl',
  'gd',
  'at',
  'cc',
  'edu',
  'gov',
  'fm',
  'eu',
  'ch',
  'se',
  'no',
  'pl',
  'be',
  'ie',
  'nz',
  'za',
  'mx',
  'ar',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'pw',
  'ws',
  'bio',
  'page',
  'news',
  'blog',
]);

// Defanged links: a scheme spelt hxxp/h**p/hXXp, or a dot written as [.] (.) {.} [dot] (dot).
const DEFANGED_DOT = String.raw`(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\s\[dot\]\s|\s\(dot\)\s)`;
const DEFANGED = new RegExp(
  String.raw`\bh(?:xx|XX|\*\*|__)ps?(?:\[:\]|:)\/\/[^\s<>"']+|` +
    String.raw`\b[a-z0-9][a-z0-9-]*(?:${DEFANGED_DOT}[a-z0-9-]+)*${DEFANGED_DOT}[a-z]{2,12}\b(?:\/[^\s<>"']*)?`,
  'gi',
);

const BARE_IP =
  /(?<![\w.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?::\d{2,5}(?:\/[^\s<>"']*)?|\/[^\s<>"']+)/g;

/** True for a dotted IPv4 host or a bracketed IPv6 one. */
export function isIpAddress(domain: string): boolean {
  return (
    /^\d{1,3}(?:\.\d{1,3}){3}$/.test(domain) ||
    (/^\[?[0-9a-f:]+\]?$/i.test(domain) && domain.includes(':'))
  );
}

const CANDIDATE_CHUNK = /\S*[.@:]\S*/g;

/**
 * linkifyjs over only the whitespace-separated chunks that could hold a link (they contain a
 * dot, `@` or `:`), joined by spaces with an offset table: links never span whitespace, so the
 * result is the same as on the whole text, at a fraction of the cost on long prose.
 */
function findReduced(
  text: string,
): { type: string; value: string; href: string; start: number; end: number }[] {
  const parts: string[] = [];
  const offsets: { reduced: number; original: number }[] = [];
  let len = 0;
  CANDIDATE_CHUNK.lastIndex = 0;
  for (const m of text.matchAll(CANDIDATE_CHUNK)) {
    if (m[0].length < 3) continue;
    offsets.push({ reduced: len, original: m.index });
    parts.push(m[0]);
    len += m[0].length + 1;
  }
  if (!parts.length) return [];
  const found = find(parts.join(' '));
  let k = 0;
  return found.map((f) => {
    while (k + 1 < offsets.length && offsets[k + 1]!.reduced <= f.start) k++;
    const shift = offsets[k]!.original - offsets[k]!.reduced;
    return {
      type: f.type,
      value: f.value,
      href: f.href,
      start: f.start + shift,
      end: f.end + shift,
    };
  });
}

// Link text may not end with closing punctuation that belongs to the sentence.
const TRAILING = /[)\].,;:!?'"’”]+$/;

/** Every link and email in `text`, in order of position, without overlaps. */
export function findLinks(text: string): Link[] {
  const out: Link[] = [];
  // Cheap pre-check: every link has a dot, or is defanged with `(dot)`/`[dot]`.
  if (!text.includes('.') && !/dot[\])}]/i.test(text)) return out;
  for (const m of findReduced(text)) {
    const isEmail = m.type === 'email';
    if (m.type !== 'url' && !isEmail) continue;
    const value = m.value;
    const domain = domainOf(m.href);
    if (!domain) continue;
    const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
    if (!isEmail && !hasScheme) {
      const hasWww = /^www\d*\./i.test(value);
      const hasPath = /[/?#]/.test(value);
      const labels = domain.split('.');
      const tld = labels[labels.length - 1] ?? '';
      if (!hasWww && !hasPath && labels.length === 2 && WORDLIKE_TLDS.has(tld)) {
        continue;
      }
      // Without a scheme, `www.` or a path, only common endings count: `home.love`, `soon.xxx`
      // and `k.how` are sentences missing a space, not links.
      if (!hasWww && !hasPath && !COMMON_BARE_TLDS.has(tld) && !isShortener(domain)) continue;
      // `wait...so` or `ok..call` is punctuation, not a domain.
      if (m.start >= 1 && text[m.start - 1] === '.' && !hasPath) continue;
    }
    out.push({
      start: m.start,
      end: m.end,
      href: m.href,
      domain,
      kind: isEmail ? 'email' : hasScheme ? 'url' : 'bare',
      shortener: !isEmail && isShortener(domain),
    });
  }
  // Bare IP addresses with a port or path (`192.168.4.20/login`); linkify needs a scheme for them.
  if (/\d\.\d{1,3}\.\d/.test(text)) {
    BARE_IP.lastIndex = 0;
    for (const m of text.matchAll(BARE_IP)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({
        start,
        end,
        href: `http://${m[0]}`,
        domain: m[1]!,
        kind: 'bare',
        shortener: false,
      });
    }
    out.sort((x, y) => x.start - y.start);
  }
  if (/\[\.\]|\(\.\)|\{\.\}|dot[\])}]|h(?:xx|\*\*|__)p/i.test(text)) {
    DEFANGED.lastIndex = 0;
    for (const m of text.matchAll(DEFANGED)) {
      let raw = m[0];
      const trail = TRAILING.exec(raw);
      if (trail && !/(\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})$/i.test(raw)) {
        raw = raw.slice(0, raw.length - trail[0].length);
      }
      const start = m.index;
      const end = start + raw.length;
      const href = raw
        .replace(/^h(?:xx|\*\*|__)p/i, 'http')
        .replace(/\[:\]/g, ':')
        .replace(/\s?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\})\s?/gi, '.');
      const withScheme = /^https?:\/\//i.test(href) ? href : `http://${href}`;
      // Replace any linkify match that overlaps: the defanged reading is the whole link.
      for (let k = out.length - 1; k >= 0; k--) {
        const o = out[k]!;
        if (o.start < end && start < o.end) out.splice(k, 1);
      }
      const domain = domainOf(withScheme);
      if (!domain.includes('.')) continue;
      out.push({
        start,
        end,
        href: withScheme,
        domain,
        kind: 'defanged',
        shortener: isShortener(domain),
      });
    }
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

/** The draft's links and emails, computed once per analysis. */
export function linksOf(a: Analysis): Link[] {
  return a.memo('text/links', () => findLinks(a.draft));
}
