/**
 * Prize and money claims, and the premium-rate text-message machinery that goes with them
 * ("txt WIN to 87121", "150p/msg", "reply STOP").
 */
import type { Analysis } from '../../analysis';
import { foldedOf, toDraftRange } from '../../text/fold';
import { hitsIn } from './hits';
import { listDetector } from './list-detector';

// "txt WIN to 87121", "text the word YES to 80082", "send BIDS e.g. 10 to 83383", "to: 69988".
const TEXT_TO_SHORTCODE =
  /\b(?:txt|text|send|sms|reply|msg)\b[^.!?\n]{0,40}?\b(?:to|2)\s*:?\s*\d{4,6}\b/g;
// "150p/msg", "£1.50/wk", "10p per min", "£5/month", "50p".
const PER_MESSAGE_COST =
  /(?:£|\$|€)\d{1,6}(?:\.\d+)?\s?(?:\/|per\s|a\s)\s?(?:msg|message|min|minute|txt|text|sms|call|mt)\b|\b\d{1,6}(?:\.\d+)?p\s?(?:\/|per\s)?\s?(?:msg|message|min|minute|txt|text|wk|week|sms|call|day|mt)\b|\b\d{2,3}p\b/g;
// "Reply HARRY", "txt YES", "send STOP": a command word in capitals (read on the draft itself).
const CAPS_COMMAND =
  /\b(?:[Rr]eply|REPLY|[Tt]e?xt|TE?XT|[Ss]end|SEND)\s+["'“]?[A-Z][A-Z0-9]{1,11}\b/g;
// Amounts of money: "£1000", "$5,000", "2,000 pounds", "€500".
const MONEY =
  /(?:£|\$|€|₹|¥)\s?(\d[\d,]*(?:\.\d\d)?)(k|m)?\b|\b(\d[\d,]*(?:\.\d\d)?)\s?(?:pounds|dollars|usd|gbp|euros?)\b/g;

function regexHits(a: Analysis, re: RegExp, weight: (m: RegExpMatchArray) => number) {
  const f = foldedOf(a);
  const out: { start: number; end: number; weight: number }[] = [];
  re.lastIndex = 0;
  for (const m of f.text.matchAll(re)) {
    const w = weight(m);
    if (w <= 0) continue;
    out.push({ ...toDraftRange(f, m.index, m.index + m[0].length), weight: w });
  }
  return out;
}

function capsCommands(a: Analysis) {
  const out: { start: number; end: number; weight: number }[] = [];
  // In a message typed all in capitals every word looks like a keyword.
  if (!/[a-z]/.test(a.draft)) return out;
  CAPS_COMMAND.lastIndex = 0;
  for (const m of a.draft.matchAll(CAPS_COMMAND)) {
    // "text ME" and "reply OK" are conversation, not a keyword.
    if (/\s["'“]?(?:ME|OK|U|I|IT|BACK|ASAP)$/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, weight: 18 });
  }
  return out;
}

function moneyWeight(m: RegExpMatchArray): number {
  const amount = Number((m[1] ?? m[3] ?? '0').replace(/,/g, '')) * (m[2] ? 1000 : 1);
  if (amount >= 500) return 14;
  if (amount >= 100) return 9;
  return 4;
}

export const prizeDetector = listDetector('prize-claims', [
  {
    id: 'prize-money-claim',
    messageKey: 'signal_prize_money_claim_message',
    suggestionKey: 'signal_prize_money_claim_suggestion',
    // An amount is a prize only beside prize words: "we pay €250" and "budget fits the £520"
    // name money honestly, and a customer's refund amount is service.
    extra: (a) =>
      hitsIn(a, 'prize-money-claim').some((h) => h.phrase.weight >= 14)
        ? regexHits(a, MONEY, moneyWeight)
        : [],
  },
  {
    id: 'premium-rate-text',
    messageKey: 'signal_premium_rate_text_message',
    suggestionKey: 'signal_premium_rate_text_suggestion',
    ignoreDisguise: true,
    // Text-to-shortcode machinery is a cold sender's; a business answering a customer who wrote
    // in may name a real text service ("text PAC to 65075") or its terms.
    skip: (a) => a.context.kind === 'customer-initiated',
    extra: (a) => [
      ...regexHits(a, TEXT_TO_SHORTCODE, () => 34),
      ...regexHits(a, PER_MESSAGE_COST, () => 24),
      ...capsCommands(a),
    ],
  },
]);
