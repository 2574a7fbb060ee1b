/**
 * Service vs pitch: does the draft help with something, or sell something? English phrase lists
 * live here; the language-independent markers (a price with a currency sign, an untrusted link)
 * are in `pitchMarkers` so drafts in other languages still get the pitch checks.
 */
import type { Analysis } from '../../analysis';
import { evidence } from '../../detector';
import { isTrusted, linksOf } from '../../text/links';
import type { Evidence } from '../../types';

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
  ['step', /^\s*(?:\d+[.)]|step \d+\b)/gim],
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
    /\b(?:(?:book|schedule|hop on|jump on|grab)\s+(?:a|an|your)?\s*(?:quick\s+|free\s+|short\s+|\d+[- ]min(?:ute)?\s+)?(?:call|demo|chat|meeting|spot|seat)|sign up|buy now|order now|shop now|get started|claim (?:your|it)|join now|subscribe|register (?:now|today)|learn more|click (?:here|the link|below)|check out (?:our|my|this)|link in (?:my )?bio|dm me)\b/gi,
  ],
  [
    'offer',
    /\b(?:discount|promo(?: code)?|coupon|use code|\d+\s?% off|special offer|exclusive (?:offer|deal|access)|free trial|limited offer|early[- ]bird|bundle deal)\b/gi,
  ],
  [
    'urgency',
    /\b(?:limited time|today only|act now|hurry|last chance|ends (?:tonight|today|soon|this week|on \w+)|only \d+ (?:spots|seats|left|places)|don't miss|before it's gone|while (?:stocks|supplies) last)\b/gi,
  ],
  ['pricing', /\b(?:our pricing|our plans?|per month|a month|\/mo\b|starting at|only \$\d+)/gi],
];

const PRICE = /(?:[$€£¥₹₩₽]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥₹₩₽]|USD|EUR|GBP)(?![\p{L}]))/gu;

function scan(a: Analysis, lists: [string, RegExp][]): Cue[] {
  const out: Cue[] = [];
  for (const [kind, re] of lists) {
    for (const m of a.draft.matchAll(re)) {
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
    const cues = [...english, ...pitchMarkers(a)];
    const strength = new Set(cues.map((c) => c.kind)).size;
    const service = new Set(serviceCues(a).map((c) => c.kind)).size;
    // "Sorry for the trouble, here's 20% off" is service recovery, not a pitch.
    const isService = service > 0 && service >= strength;
    return { cues, strength, pitch: strength >= 2 && !isService, service: isService };
  });
}
