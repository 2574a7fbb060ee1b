/**
 * Moving the talk off X: messaging apps, phone numbers and emails (language-independent), and
 * English requests such as "text me at" (a separate, English-only detector).
 */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { foldedOf, toDraftRange } from '../../text/fold';
import { isTrusted, linksOf } from '../../text/links';
import { askedFor } from '../conversation/asks';
import { listDetector } from './list-detector';
import { hitOf, quoteList } from './util';

const APPS =
  /\b(?:whats\s?app|whatsap+|watsap+|wh?atsapp|telegram|tele\s?gram|wechat|kik|snapchat|viber|skype|discord|imessage|line\s?app|signal\s?app)\b/g;
const APP_LINKS =
  /(?:^|\.)(?:wa\.me|t\.me|telegram\.me|telegram\.dog|discord\.gg|chat\.whatsapp\.com|api\.whatsapp\.com|m\.me|signal\.me|snapchat\.com)$/;

// A run of digits with phone separators, optionally international (+44, 0044).
const PHONE = /(?<![\w#/.:,-])(?:\+|00)?\d[\d \t().-]{6,20}\d(?![\w/])/g;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^\d{1,2}:\d{2}/;
const REFERENCE_BEFORE =
  /(?:order|tracking|track|ref|reference|invoice|ticket|case|account|acct|id|no|number|code|serial|isbn|po|#)\W{0,3}$/i;
// UK premium-rate and revenue-share numbers (09…, 087…, 084…), US 1-900.
const PREMIUM = /^(?:\+?44|0)(?:9\d{2}|87\d|84[45])|^\+?1?900\d{7}$/;
/**
 * Free-to-call lines: UK 0800/0808, US 1-800/833–888, Japan 0120/0800, Spain 900/800, France
 * 0800–0805, Germany 0800, Italy 800/803, Indonesia 0800-1, India 1800, and "free" written beside
 * the number in the data's languages. A business giving its free care line is service, not a
 * move off X, and never premium-rate.
 */
const TOLL_FREE =
  /^(?:\+?44|0)80[08]|^\+?1?8(?:00|33|44|55|66|77|88)\d{7}$|^0120|^0800|^\+?81120|^(?:\+?34)?[89]00\d{6}$|^0?80[0-5]\d{6}$|^(?:\+?39)?80[03]\d{3,7}$|^1800\d{6,7}$|^\+?62800/;
const FREE_WORD =
  /(?:free|toll[-\s]free|freephone|gratuit[oa]?|gratis|gratuite|kostenlos|gebührenfrei|numero\s+verde|bebas\s+pulsa|無料|フリーダイヤル|مجاني)/iu;

export interface PhoneMatch {
  start: number;
  end: number;
  digits: string;
  premium: boolean;
  /** A free-to-call line (its prefix, or "free" written right beside it). */
  free: boolean;
}

/** Phone numbers in the draft (9 to 15 digits), not dates, order or tracking numbers. */
export function phonesOf(a: Analysis): PhoneMatch[] {
  return a.memo('spam/phones', () => {
    const f = foldedOf(a);
    const out: PhoneMatch[] = [];
    if (!/\d{3}/.test(f.text) && !/\d[ .-]\d/.test(f.text)) return out;
    PHONE.lastIndex = 0;
    for (const m of f.text.matchAll(PHONE)) {
      const raw = m[0];
      if (/\s{2,}|\n/.test(raw) || DATE_LIKE.test(raw)) continue;
      const digits = raw.replace(/\D/g, '');
      if (digits.length < 9 || digits.length > 15) continue;
      // Numbers grouped like "2019 2020 2021" or prices "1.000.000" are not phone numbers.
      if (/^\d{4}( \d{4})+$/.test(raw) && !/^0/.test(raw)) continue;
      if (/^\d{1,3}([.,]\d{3})+$/.test(raw)) continue;
      const before = f.text.slice(Math.max(0, m.index - 20), m.index);
      if (REFERENCE_BEFORE.test(before)) continue;
      const r = toDraftRange(f, m.index, m.index + raw.length);
      const plain = raw.replace(/[^\d+]/g, '');
      const beside = f.text.slice(Math.max(0, m.index - 30), m.index + raw.length + 30);
      const free = TOLL_FREE.test(plain) || FREE_WORD.test(beside);
      out.push({ ...r, digits, premium: !free && PREMIUM.test(plain), free });
    }
    return out;
  });
}

/** Mentions of a messaging app, on the raw draft for names only capitals tell apart (LINE, WA). */
const CAPITAL_APPS = /(?<![\p{L}\p{N}])(?:LINE(?:\s?ID)?|WA)(?![\p{L}\p{N}])|ライン/gu;

/** Where the draft names or links a messaging app (WhatsApp, Telegram, LINE…), untrusted links. */
export function appMentions(a: Analysis): { start: number; end: number; weight: number }[] {
  return a.memo('spam/apps', () => {
    const f = foldedOf(a);
    const out: { start: number; end: number; weight: number }[] = [];
    APPS.lastIndex = 0;
    for (const m of f.text.matchAll(APPS)) {
      out.push({ ...toDraftRange(f, m.index, m.index + m[0].length), weight: 12 });
    }
    CAPITAL_APPS.lastIndex = 0;
    for (const m of a.draft.slice(0, 20_000).matchAll(CAPITAL_APPS)) {
      if (out.some((x) => x.start <= m.index && m.index < x.end)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, weight: 12 });
    }
    for (const l of linksOf(a)) {
      if (
        l.kind !== 'email' &&
        APP_LINKS.test(l.domain) &&
        !isTrusted(l.domain, a.settings.trustedDomains)
      ) {
        out.push({ start: l.start, end: l.end, weight: 24 });
      }
    }
    return out.sort((x, y) => x.start - y.start);
  });
}

export const offPlatformDetector: Detector = {
  name: 'off-platform',
  signals: ['off-platform-app', 'phone-number', 'premium-rate-number', 'email-address'],
  run(a: Analysis): Hit[] {
    const out: Hit[] = [];
    const trusted = a.settings.trustedDomains;
    const links = linksOf(a);

    const apps = appMentions(a);
    if (apps.length) {
      const w = Math.min(36, Math.max(...apps.map((x) => x.weight)) + 4 * (apps.length - 1));
      out.push(
        hitOf(a, {
          id: 'off-platform-app',
          scale: w,
          message: a.t('signal_off_platform_app_message', [
            quoteList(
              a.t,
              apps.map((x) => a.draft.slice(x.start, x.end)),
            ),
          ]),
          ranges: apps,
          suggestion: a.t('suggestion_keep_on_x'),
        }),
      );
    }

    const phones = phonesOf(a);
    const premium = phones.filter((p) => p.premium);
    const normal = phones.filter((p) => !p.premium);
    if (premium.length) {
      out.push(
        hitOf(a, {
          id: 'premium-rate-number',
          scale: 34,
          message: a.t('signal_premium_rate_number_message', [
            quoteList(
              a.t,
              premium.map((p) => a.draft.slice(p.start, p.end)),
            ),
          ]),
          ranges: premium,
          suggestion: a.t('signal_premium_rate_number_suggestion'),
        }),
      );
    }
    // A number or email they asked for is the answer, not a move off X; so is a business's free
    // care line in a thread the customer started.
    const counted = normal.filter((p) => !(p.free && a.context.kind === 'customer-initiated'));
    if (counted.length && !askedFor(a, 'phone')) {
      out.push(
        hitOf(a, {
          id: 'phone-number',
          scale: Math.min(24, 14 + 5 * (counted.length - 1)),
          message: a.t('signal_phone_number_message', [
            quoteList(
              a.t,
              counted.map((p) => a.draft.slice(p.start, p.end)),
            ),
          ]),
          ranges: counted,
          suggestion: a.t('signal_phone_number_suggestion'),
        }),
      );
    }

    const emails = links.filter((l) => l.kind === 'email' && !isTrusted(l.domain, trusted));
    if (emails.length && !askedFor(a, 'email')) {
      out.push(
        hitOf(a, {
          id: 'email-address',
          scale: Math.min(16, 8 + 4 * (emails.length - 1)),
          message: a.t('signal_email_address_message', [
            quoteList(
              a.t,
              emails.map((e) => a.draft.slice(e.start, e.end)),
            ),
          ]),
          ranges: emails,
          suggestion: a.t('signal_email_address_suggestion'),
        }),
      );
    }
    return out;
  },
};

export const offPlatformPhraseDetector = listDetector('off-platform-requests', [
  {
    id: 'off-platform-request',
    messageKey: 'signal_off_platform_request_message',
    suggestionKey: 'suggestion_keep_on_x',
    ignoreDisguise: true,
    cap: 30,
  },
]);
