/**
 * Links: how many, where they go and how they are written. Links to the user's trusted domains
 * never count against the draft (an info signal says so).
 */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { listComma } from '../../i18n';
import { leetWord } from '../../text/fold';
import { isIpAddress, isLinkHub, isTrusted, type Link, linksOf } from '../../text/links';
import { askedFor } from '../conversation/asks';
import { hitOf, quoteList } from './util';

/** TLDs that are cheap or free to register and over-represented in abuse reports. */
const SUSPICIOUS_TLDS = new Set([
  'xyz',
  'top',
  'click',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'buzz',
  'loan',
  'win',
  'bid',
  'work',
  'rest',
  'cam',
  'icu',
  'monster',
  'cyou',
  'sbs',
  'cfd',
  'quest',
  'zip',
  'mov',
  'country',
  'stream',
  'download',
  'racing',
  'review',
  'party',
  'science',
  'date',
  'faith',
  'men',
  'kim',
  'su',
  'lol',
  'support',
  'help',
  'claims',
  'gift',
  'cash',
  'bond',
  'casino',
  'bet',
  'vip',
  'account',
  'live',
  'online',
  'site',
  'shop',
  'pw',
  'best',
]);

/** Brands phishers imitate, and their real domains. */
const BRANDS: Record<string, readonly string[]> = {
  twitter: ['twitter.com', 'x.com', 't.co', 'twimg.com'],
  paypal: ['paypal.com', 'paypal.me'],
  instagram: ['instagram.com'],
  facebook: ['facebook.com', 'fb.com', 'fb.me'],
  meta: ['meta.com', 'facebook.com'],
  apple: ['apple.com', 'icloud.com'],
  google: ['google.com', 'goo.gl', 'youtube.com'],
  microsoft: ['microsoft.com', 'live.com', 'outlook.com'],
  amazon: ['amazon.com', 'amazon.co.uk', 'amzn.to'],
  netflix: ['netflix.com'],
  binance: ['binance.com'],
  coinbase: ['coinbase.com'],
  metamask: ['metamask.io'],
  opensea: ['opensea.io'],
  tiktok: ['tiktok.com'],
};

const EXACT_TWITTER =
  /^(?:x|twitter)[-.]?(?:support|verify|verification|help|security|team|appeal|copyright|badge|safety|account)|(?:support|verify|verification|help|security|appeal|copyright|badge)[-.](?:x|twitter)\b/;

function lookalike(domain: string): string | null {
  if (domain.split('.').some((l) => l.startsWith('xn--'))) return 'punycode';
  for (const real of Object.values(BRANDS)) {
    if (real.some((r) => domain === r || domain.endsWith(`.${r}`))) return null;
  }
  const labels = domain.split('.');
  const registrable = labels.slice(-2).join('.');
  const bodyLabels = labels.slice(0, -1).join('.');
  // Read leetspeak both ways (`paypa1` → paypal, `tw1tter` → twitter).
  const parts = bodyLabels.split(/[-.]/);
  const asI = parts.map((p) => leetWord(p) ?? p).join('-');
  const asL = parts.map((p) => leetWord(p.replace(/1/g, 'l')) ?? p.replace(/1/g, 'l')).join('-');
  for (const plain of [asI, asL]) {
    const hit = brandIn(plain, domain, registrable);
    if (hit) return hit;
  }
  return null;
}

function brandIn(plain: string, domain: string, registrable: string): string | null {
  if (EXACT_TWITTER.test(plain)) return 'twitter';
  for (const [brand, real] of Object.entries(BRANDS)) {
    if (!plain.includes(brand)) continue;
    if (real.some((r) => domain === r || domain.endsWith(`.${r}`) || registrable === r)) continue;
    return brand;
  }
  return null;
}

const WORDS = /[\p{L}\p{N}]+/gu;

function tldOf(domain: string): string {
  const dot = domain.lastIndexOf('.');
  return dot < 0 ? '' : domain.slice(dot + 1);
}

const text = (a: Analysis, ls: readonly Link[]) =>
  quoteList(
    a.t,
    ls.map((l) => a.draft.slice(l.start, l.end)),
  );

/** The distinct domains of `ls`, as "a.com, b.com". */
const domains = (a: Analysis, ls: readonly Link[]) =>
  listComma(a.t, [...new Set(ls.map((l) => l.domain))]);

export const linkDetector: Detector = {
  name: 'links',
  signals: [
    'link-count',
    'link-shortener',
    'link-in-bio-hub',
    'bare-domain',
    'defanged-link',
    'link-only-message',
    'suspicious-tld',
    'ip-address-link',
    'lookalike-domain',
    'trusted-link',
  ],
  run(a: Analysis): Hit[] {
    const all = linksOf(a).filter((l) => l.kind !== 'email');
    if (all.length === 0) return [];
    const trustedList = a.settings.trustedDomains;
    const trusted = all.filter((l) => isTrusted(l.domain, trustedList));
    const links = all.filter((l) => !isTrusted(l.domain, trustedList));
    const out: Hit[] = [];

    if (trusted.length) {
      out.push(
        hitOf(a, {
          id: 'trusted-link',
          scale: 0,
          message: a.t(
            trusted.length > 1
              ? 'signal_trusted_link_message_other'
              : 'signal_trusted_link_message_one',
            [domains(a, trusted)],
          ),
          ranges: trusted,
        }),
      );
    }
    if (links.length === 0) return out;

    // They asked for a link, a form or the way to do something: giving it is the answer.
    const requested = askedFor(a, 'link', 'where', 'how', 'account', 'address');
    if (links.length >= 2 && !requested) {
      const w = links.length === 2 ? 10 : links.length === 3 ? 18 : 25;
      out.push(
        hitOf(a, {
          id: 'link-count',
          scale: w,
          message: a.t('signal_link_count_message', [links.length]),
          ranges: links,
          suggestion: a.t('signal_link_count_suggestion'),
        }),
      );
    }

    const shorteners = links.filter((l) => l.shortener && !isLinkHub(l.domain));
    if (shorteners.length) {
      out.push(
        hitOf(a, {
          id: 'link-shortener',
          scale: 24,
          message: a.t('signal_link_shortener_message', [text(a, shorteners)]),
          ranges: shorteners,
          suggestion: a.t('signal_link_shortener_suggestion'),
        }),
      );
    }
    const hubs = links.filter((l) => isLinkHub(l.domain));
    if (hubs.length) {
      out.push(
        hitOf(a, {
          id: 'link-in-bio-hub',
          scale: 16,
          message: a.t('signal_link_in_bio_hub_message', [text(a, hubs)]),
          ranges: hubs,
          suggestion: a.t('signal_link_in_bio_hub_suggestion'),
        }),
      );
    }

    const bare = links.filter((l) => l.kind === 'bare' && !l.shortener && l.domain !== 't.co');
    if (bare.length && !requested) {
      out.push(
        hitOf(a, {
          id: 'bare-domain',
          scale: 6,
          message: a.t('signal_bare_domain_message', [text(a, bare)]),
          ranges: bare,
        }),
      );
    }

    const defanged = links.filter((l) => l.kind === 'defanged');
    if (defanged.length) {
      out.push(
        hitOf(a, {
          id: 'defanged-link',
          scale: 28,
          message: a.t('signal_defanged_link_message', [text(a, defanged)]),
          ranges: defanged,
          suggestion: a.t('signal_defanged_link_suggestion'),
        }),
      );
    }

    const ips = links.filter((l) => isIpAddress(l.domain));
    if (ips.length) {
      out.push(
        hitOf(a, {
          id: 'ip-address-link',
          scale: 30,
          message: a.t('signal_ip_address_link_message', [text(a, ips)]),
          ranges: ips,
          suggestion: a.t('signal_ip_address_link_suggestion'),
        }),
      );
    }

    const odd = links.filter((l) => !isIpAddress(l.domain) && SUSPICIOUS_TLDS.has(tldOf(l.domain)));
    if (odd.length) {
      out.push(
        hitOf(a, {
          id: 'suspicious-tld',
          scale: 18,
          message: a.t('signal_suspicious_tld_message', [domains(a, odd)]),
          ranges: odd,
          suggestion: a.t('signal_suspicious_tld_suggestion'),
        }),
      );
    }

    const fakes = links.filter((l) => lookalike(l.domain) !== null);
    if (fakes.length) {
      out.push(
        hitOf(a, {
          id: 'lookalike-domain',
          scale: 32,
          message: a.t('signal_lookalike_domain_message', [domains(a, fakes)]),
          ranges: fakes,
          suggestion: a.t('signal_lookalike_domain_suggestion'),
        }),
      );
    }

    // Mostly a link: little text outside the links.
    let linkChars = 0;
    for (const l of links) linkChars += l.end - l.start;
    let restWords = 0;
    let from = 0;
    for (const l of [...all, { start: a.draft.length, end: a.draft.length }]) {
      restWords += a.draft.slice(from, l.start).match(WORDS)?.length ?? 0;
      from = Math.max(from, l.end);
      if (restWords > 3) break;
    }
    const mostlyLink =
      restWords <= 3 || linkChars / Math.max(1, a.draft.replace(/\s/g, '').length) >= 0.6;
    if (mostlyLink && !askedFor(a, 'link')) {
      out.push(
        hitOf(a, {
          id: 'link-only-message',
          scale: 22,
          message: a.t('signal_link_only_message_message'),
          ranges: links,
          suggestion: a.t('signal_link_only_message_suggestion'),
        }),
      );
    }
    return out;
  },
};
