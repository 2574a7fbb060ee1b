/**
 * Requests that are never service, in any language Worthy reads: handing over a password,
 * one-time code, PIN, card number or security code, installing remote access, paying first,
 * or putting identity documents in a DM. Read clause by clause, so "we will never ask for your
 * code" (a warning) is not mistaken for "send us the code" (a takeover).
 */
import type { Analysis } from '../../analysis';
import { evidence, type Hit } from '../../detector';
import { firstIndex } from '../../first-index';
import { anyMatch } from '../../text/any-match';
import type { Evidence } from '../../types';
import { wordRegExp } from '../conversation/boundary';
import {
  CREDENTIALS,
  NEGATION,
  PAYMENT,
  PERSONAL_DATA,
  REMOTE_ACCESS,
  REQUEST_VERBS,
  WE_PAY,
} from './lexicon';

const credential = wordRegExp(CREDENTIALS, 'giu');
const remote = wordRegExp(REMOTE_ACCESS, 'giu');
const request = wordRegExp(REQUEST_VERBS, 'giu');
const negation = wordRegExp(NEGATION, 'giu');
const personal = wordRegExp(PERSONAL_DATA, 'giu');
const payment = wordRegExp(PAYMENT, 'giu');
const wePay = wordRegExp(WE_PAY, 'giu');
/** Second-person "you only need to", "just", which make a payment word a request. */
const MUST = wordRegExp(
  [
    String.raw`\b(?:you\s+(?:only\s+|just\s+)?(?:need|have)\s+to|just|simply|only\s+need|tienes\s+que|solo\s+(?:tienes|necesitas)|necesitas|basta|voc[eê]\s+s[oó]\s+precisa|s[oó]\s+precisa|il\s+suffit|vous\s+devez|einfach|m[uü]ssen\s+sie|devi|basta|cukup|tinggal|bas\s+\w+\s+kar|karne\s+ke\s+liye)\b`,
    'だけ|するだけ|فقط',
  ],
  'giu',
);
/** An amount, a currency, or a gift card: what makes "pay" concrete. */
const AMOUNT =
  /[$€£¥₹₩]\s?\d|\d[\d.,]{0,20}\s?(?:[$€£¥₹]|usd|usdt|eur|gbp|reais|rb|ribu|juta|rs\b|円|万)|R\$|gift\s?card|tarjeta|cart[aã]o|carte|gutschein|fee|taxa|frais|geb[uü]hr|kaution|biaya/iu;

interface Clause {
  text: string;
  start: number;
}

/** Sentences and lines, with their offsets into the draft. */
export function clausesOf(a: Analysis): Clause[] {
  return a.memo('safety:clauses', () => {
    const d = a.draft;
    const out: Clause[] = [];
    let start = 0;
    for (const m of d.matchAll(/[.!?。！？\n]+/g)) {
      const end = m.index + m[0].length;
      if (end > start) out.push({ text: d.slice(start, end), start });
      start = end;
    }
    if (start < d.length) out.push({ text: d.slice(start), start });
    return out;
  });
}

/**
 * Every match of `re` in the judged draft, found once: a draft of many short lines has thousands
 * of clauses, and scanning each clause with each pattern cost more than the rest of the engine.
 */
function matchesOf(a: Analysis, key: string, re: RegExp): Evidence[] {
  return a.memo(`safety:${key}`, () => {
    const d = a.draft;
    re.lastIndex = 0;
    const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
    const all = re.flags.includes('g') ? re : new RegExp(re.source, flags);
    all.lastIndex = 0;
    return [...d.matchAll(all)].map((m) => evidence(d, m.index, m.index + m[0].length));
  });
}

/** The matches that start inside clause `c` (binary search over the sorted matches). */
function within(found: readonly Evidence[], c: Clause): Evidence[] {
  const end = c.start + c.text.length;
  const lo = firstIndex(found.length, (i) => found[i]!.start >= c.start);
  const out: Evidence[] = [];
  for (let i = lo; i < found.length && found[i]!.start < end; i++) out.push(found[i]!);
  return out;
}

/** A credential, a remote-access app or an identity document anywhere: without one, no hit. */
const anyAsked = anyMatch([credential, remote, personal]);

export function credentialHits(a: Analysis): Hit[] {
  // Most drafts name none of them: one scan instead of five (negations and requests too).
  if (!anyAsked(a.draft)) return [];
  const creds: Evidence[] = [];
  const data: Evidence[] = [];
  let installs = false;
  const negated = matchesOf(a, 'negation', negation);
  const requests = matchesOf(a, 'request', request);
  const apps_ = matchesOf(a, 'remote', remote);
  const secrets = matchesOf(a, 'credential', credential);
  const documents = matchesOf(a, 'personal', personal);
  for (const c of clausesOf(a)) {
    if (within(negated, c).length) continue;
    const asked = within(requests, c);
    const apps = within(apps_, c);
    if (apps.length) {
      installs = true;
      creds.push(...apps, ...asked);
    }
    if (asked.length === 0) continue;
    const secret = within(secrets, c);
    if (secret.length) creds.push(...secret, ...asked);
    const doc = within(documents, c);
    if (doc.length) data.push(...doc, ...asked);
  }
  const out: Hit[] = [];
  if (creds.length) {
    out.push({
      id: 'asks-for-credentials',
      value: installs ? 1.5 : 1,
      message: a.t('signal_asks_for_credentials_message'),
      evidence: sorted(creds),
      suggestion: a.t('signal_asks_for_credentials_suggestion'),
    });
  } else if (data.length) {
    out.push({
      id: 'asks-for-personal-data',
      value: 1,
      message: a.t('signal_asks_for_personal_data_message'),
      evidence: sorted(data),
      suggestion: a.t('signal_asks_for_personal_data_suggestion'),
    });
  }
  return out;
}

export function paymentHits(a: Analysis): Hit[] {
  if (!AMOUNT.test(a.draft.slice(0, 20_000))) return [];
  const found: Evidence[] = [];
  const ours = matchesOf(a, 'we-pay', wePay);
  const payments = matchesOf(a, 'payment', payment);
  const requests = matchesOf(a, 'request', request);
  const musts = matchesOf(a, 'must', MUST);
  for (const c of clausesOf(a)) {
    const pay = within(payments, c);
    if (pay.length === 0 || within(ours, c).length) continue;
    const asked = within(requests, c);
    if (asked.length || within(musts, c).length) found.push(...pay, ...asked);
  }
  if (found.length === 0) return [];
  return [
    {
      id: 'asks-for-payment',
      value: 1,
      message: a.t('signal_asks_for_payment_message'),
      evidence: sorted(found),
      suggestion: a.t('signal_asks_for_payment_suggestion'),
    },
  ];
}

function sorted(ev: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return ev
    .filter((e) => {
      const k = `${e.start}:${e.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((x, y) => x.start - y.start)
    .slice(0, 8);
}
