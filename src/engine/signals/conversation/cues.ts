/**
 * Service vs pitch: does the draft help with something, or sell something? English phrase lists
 * live here; the language-independent markers (a price with a currency sign, an untrusted link)
 * are in `pitchMarkers` so drafts in other languages still get the pitch checks.
 */
import type { Analysis } from '../../analysis';
import { evidence } from '../../detector';
import { anyMatch } from '../../text/any-match';
import { isTrusted, linksOf } from '../../text/links';
import type { Evidence } from '../../types';
import { wordRegExp } from './boundary';

export interface Cue {
  kind: string;
  at: Evidence;
}

const SERVICE: [string, RegExp][] = [
  [
    'did-something',
    /\b(?:i've|i have|we've|we have|i|we)\s+(?:just\s+)?(?:checked|looked into|looked at|reviewed|escalated|fixed|updated|reset|refunded|processed|issued|resent|reshipped|replaced|cancelled|canceled|credited|restored|unlocked)\b/gi,
  ],
  [
    'refund',
    /\brefund(?:ed)?\b(?:[^.!?\n]{0,30}\b(?:issued|processed|approved|on its way|back to your))?/gi,
  ],
  ['apology', /\b(?:sorry|apologi[sz]e|apologies)\b(?:\s+(?:for|about)\b)?/gi],
  [
    'how-to',
    /\b(?:here's how|here is how|follow these steps|to fix (?:this|it)|try (?:clearing|restarting|updating|logging|reinstalling)|go to (?:settings|your account))\b/gi,
  ],
  ['step', /^\s*(?:\d{1,6}[.)]|step \d{1,6}\b)/gim],
  ['tracking', /\btracking (?:number|no\.?|code|link|id)\b/gi],
  [
    'status',
    /\byour (?:order|package|parcel|account|ticket|booking|subscription|payment|refund|replacement)\s+(?:has|is|was|will|should)\b/gi,
  ],
  ['case-number', /\b(?:order|ticket|case)\s*(?:#|no\.?\s*|number\s*)\s*[\w-]*\d[\w-]*/gi],
  ['shipping', /\b(?:shipped|dispatched|out for delivery|delivered|on its way)\b/gi],
  [
    'helpful',
    /\b(?:happy to help|hope (?:this|that) helps|let me know if (?:that|this) (?:helps|works|fixes)|thanks for (?:reaching out|your patience|letting us know|flagging))\b/gi,
  ],
];

const PITCH: [string, RegExp][] = [
  [
    'call-to-action',
    /\b(?:(?:book|schedule|hop on|jump on|grab)\s+(?:a|an|your)?\s*(?:quick\s+|free\s+|short\s+|\d{1,6}[- ]min(?:ute)?\s+)?(?:call|demo|chat|meeting|spot|seat)|sign up|buy now|order now|shop now|get started|claim (?:your|it)|join now|subscribe|register (?:now|today)|learn more|click (?:here|the link|below)|check out (?:our|my|this)|link in (?:my )?bio|dm me)\b/gi,
  ],
  [
    'offer',
    /\b(?:discount|promo(?: code)?|coupon|use code|\d{1,6}\s?% off|special offer|exclusive (?:offer|deal|access)|free trial|limited offer|early[- ]bird|bundle deal)\b/gi,
  ],
  [
    'urgency',
    /\b(?:limited time|today only|act now|hurry|last chance|ends (?:tonight|today|soon|this week|on \w+)|only \d{1,6} (?:spots|seats|left|places)|don't miss|before it's gone|while (?:stocks|supplies) last)\b/gi,
  ],
  ['pricing', /\b(?:our pricing|our plans?|per month|a month|\/mo\b|starting at|only \$\d{1,6})/gi],
];

// Bounded digit runs: `\d[\d.,]*` before an optional currency backtracks on a long run of digits
// with no currency after it (60,000 digits took seconds); 30 characters cover any price.
const PRICE =
  /(?:[$€£¥₹₩₽]\s?\d[\d.,]{0,30}|(?<![\d.,])\d[\d.,]{0,30}\s?(?:[$€£¥₹₩₽]|USD|EUR|GBP)(?![\p{L}]))/gu;

/**
 * Selling words in the languages of the data, read in every language: upgrades, offers,
 * discounts, "sign up", "did you know". One is enough to tell a pitch from an answer in a
 * support thread; a price or an untrusted link adds to it.
 */
const PROMO = wordRegExp(
  [
    String.raw`\b(?:upgrade|upgrading|book\s+now|shop\s+now|buy\s+now|order\s+now|sign\s+up|subscribe|earn\s+(?:[$€£]\s?)?\d{1,6}|refer\s+a\s+friend|referral|for\s+every\s+friend|did\s+you\s+know|\d{1,6}\s?%\s+off|discount|promo(?:\s+code)?|coupon|special\s+offer|limited\s+time|vip|our\s+(?:new|latest)\s+(?:[\p{L}-]+\s+){0,2}?(?:plan|tier|collection|range|drop|menu)|have\s+you\s+(?:seen|tried)\s+our|before\s+(?:it'?s\s+gone|they\s+sell\s+out)|reply\s+yes\s+to)\b`,
    String.raw`\b(?:p[aá]sate|por\s+solo|disfruta|promoci[oó]n|oferta|descuento|2x1|aprovecha|responde\s+s[ií]|suscr[ií]bete|reg[ií]strate|te\s+lo\s+activamos|aproveite|promo[cç][aã]o|desconto|por\s+apenas|inscreva-se|assine|cupom|profitez|b[eé]n[eé]ficiez|offre|r[eé]duction|inscrivez-vous|d[eè]s\s+maintenant|abonnez-vous|carte\s+fid[eé]lit[eé]|angebot|rabatt|jetzt\s+(?:buchen|bestellen|sichern|upgraden)|aktion|offerta|sconto|approfitta|promozione|iscriviti|diskon|cuma|buruan|daftar\s+sekarang|gratis\s+ongkir|sirf\s+[₹]|abhi\s+(?:order|book))\b`,
    'キャンペーン|割引|今なら|お得|乗り換え|新プラン|عرض خاص|خصم|اشترك',
  ],
  'giu',
);

/** One scan per list set tells whether any of its lists is worth running (most drafts: none). */
const ANY = new Map(
  [SERVICE, PITCH].map((lists) => [lists, anyMatch(lists.map(([, re]) => re))] as const),
);

function scan(a: Analysis, lists: [string, RegExp][]): Cue[] {
  const out: Cue[] = [];
  const d = a.draft.length > 20_000 ? a.draft.slice(0, 20_000) : a.draft;
  if (ANY.get(lists)?.(d) === false) return out;
  for (const [kind, re] of lists) {
    re.lastIndex = 0;
    for (const m of d.matchAll(re)) {
      if (m[0].trim() === '') continue;
      out.push({ kind, at: evidence(a.draft, m.index, m.index + m[0].length) });
    }
  }
  return out;
}

/** English service phrases: answers, fixes, refunds, apologies, tracking numbers, steps. */
export function serviceCues(a: Analysis): Cue[] {
  return a.memo('conversation:service', () => (a.language.english ? scan(a, SERVICE) : []));
}

/** Selling words in any of the languages Worthy reads. */
export function promoCues(a: Analysis): Cue[] {
  return a.memo('conversation:promo', () => scan(a, [['promo', PROMO]]));
}

/** Price with a currency sign and untrusted links: pitch markers in any language. */
export function pitchMarkers(a: Analysis): Cue[] {
  return a.memo('conversation:pitch-markers', () => {
    const out: Cue[] = [];
    for (const m of a.draft.matchAll(PRICE)) {
      out.push({ kind: 'price', at: evidence(a.draft, m.index, m.index + m[0].length) });
    }
    for (const l of linksOf(a)) {
      if (!isTrusted(l.domain, a.settings.trustedDomains)) {
        out.push({ kind: 'link', at: evidence(a.draft, l.start, l.end) });
      }
    }
    return out;
  });
}

export interface PitchReading {
  cues: Cue[];
  /** Distinct kinds of pitch cue: a price plus a call to action is 2. */
  strength: number;
  pitch: boolean;
  service: boolean;
}

/** Whether the draft reads as a pitch, as service, or neither. */
export function readPitch(a: Analysis): PitchReading {
  return a.memo('conversation:pitch', () => {
    const english = a.language.english ? scan(a, PITCH) : [];
    const cues = [...english, ...promoCues(a), ...pitchMarkers(a)];
    const strength = new Set(cues.map((c) => c.kind)).size;
    const service = new Set(serviceCues(a).map((c) => c.kind)).size;
    // "Sorry for the trouble, here's 20% off" is service recovery, not a pitch.
    const isService = service > 0 && service >= strength;
    return { cues, strength, pitch: strength >= 2 && !isService, service: isService };
  });
}
