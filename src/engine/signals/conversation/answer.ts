/**
 * Does the draft give what their question asks for? Each kind of question is matched to the kind
 * of content that answers it, with the draft's own text as evidence: "when" needs a date, time or
 * duration; "how much" a price, amount or "included"; "where" a link or a place; "how" steps; a
 * yes/no question a yes or no; a problem ("my order never arrived") an action taken or a next
 * step with a time. Shared words alone are not an answer: "Thank you for contacting us about your
 * refund" shares "refund" and answers nothing.
 */
import type { Analysis } from '../../analysis';
import { evidence } from '../../detector';
import { MONTHS, WEEKDAYS } from '../../text/calendar';
import { linksOf } from '../../text/links';
import type { Evidence } from '../../types';
import { phonesOf } from '../spam/off-platform';
import { type AskKind, asksOf } from './asks';
import { wordRegExp } from './boundary';
import { promoCues } from './cues';

const G = (parts: readonly string[]) => wordRegExp(parts, 'giu');

const UNITS = `min(?:ute)?s?|h(?:ou)?rs?|h|days?|weeks?|d[ií]as?|semanas?|horas?|jours?|semaines?|heures?|tage?n?|wochen?|stunden?|giorni|settimane|ore|hari|minggu|jam|din|ghante|hafte`;

/** Dates, times and durations in the languages of the data. */
const WHEN = G([
  String.raw`\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|next\s+week|within\s+(?:the\s+)?(?:hour|day|\d+)|by\s+(?:${WEEKDAYS}|end\s+of|tomorrow|tonight|\d)|(?:on|this|next|by)\s+(?:${WEEKDAYS})|same\s+day|right\s+away|immediately|overnight|asap)\b`,
  String.raw`\b(?:${WEEKDAYS})\b`,
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b|\b(?:${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?\b`,
  String.raw`\b\d{1,2}(?::\d\d)?\s*(?:am|pm|h|uhr|baje)\b|\b\d{1,2}:\d\d\b`,
  String.raw`\b\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*(?:(?:working|business|calendar|h[aá]biles|[uú]teis|ouvr[eé]s|lavorativi|kerja)\s+)?(?:${UNITS})\b|\b(?:an?|one|two|three|few|couple\s+of)\s+(?:${UNITS})\b`,
  String.raw`\b(?:hoy|ma[nñ]ana|esta\s+(?:tarde|noche|semana)|hoje|amanh[aã]|esta\s+tarde|aujourd'?hui|demain|cet\s+apr[eè]s-midi|ce\s+soir|heute|morgen|gleich|oggi|domani|stasera|hari\s+ini|besok|nanti|aaj|kal|turant)\b`,
  String.raw`\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b`,
  '今日|明日|本日|今週|来週|\\d{1,4}\\s*(?:日|時|分|週間)|اليوم|غدا|غداً|\\d{1,4}\\s*(?:أيام|يوم|ساعة)',
]);

/** Prices, amounts and answers to "is X included". */
const HOW_MUCH = G([
  String.raw`[$€£¥₹₩]\s?\d[\d.,]{0,20}|\b\d[\d.,]{0,20}\s?(?:[$€£¥₹]|usd|eur|gbp|euros?|dollars?|pounds?|reais|rupees?|rs\.?|ribu|rb|juta|yen|円)`,
  String.raw`\bR\$\s?\d[\d.,]{0,20}|\b\d{1,4}\s?%`,
  String.raw`\b(?:free|no\s+charge|included|includes|including|not\s+included|gratis|gratuit[oa]?|incluid[oa]s?|inclu[ií]d[oa]s?|inclus|inbegriffen|inklusive|compres[oa]|termasuk|gratuito)\b`,
  '無料|込み|含まれ|مجان',
]);

/** A place: an address, a branch, a store, "in the app". */
const PLACE = G([
  String.raw`\b\d{1,5}\s+[A-Z][a-z]{1,30}\s+(?:St|Street|Rd|Road|Ave|Avenue|Lane|Way)\b|\bP\.?\s?O\.?\s+Box\s+\d{1,8}|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b`,
  String.raw`\b(?:in\s+(?:store|the\s+app|your\s+account|settings)|at\s+(?:any|the|our)\s+\w+|(?:en|na|no|dans|im|nel|di)\s+(?:tienda|loja|magasin|laden|negozio|toko|app|l'app|la\s+app|o\s+app))\b`,
]);

/** Steps: a menu path, numbered steps, instructions. */
const STEPS = G([
  String.raw`\b[\p{L}][\p{L} ]{1,30}\s?>\s?[\p{L}][\p{L} ]{1,30}`,
  String.raw`(?:^|\n)\s*(?:\d+[.)]|step\s+\d)`,
  String.raw`\b(?:go\s+to|tap|click|open|select|sign\s+in|log\s+in|call|text|drop\s+it|pop\s+(?:it|your|in)|fill\s+in|paste|drag|restart|switch|set|enter|use)\b`,
  String.raw`\b(?:ve\s+a|entra|abre|llama|cambi[aá]|and[aá]|acesse|entre|abra|ligue|troque|allez|ouvrez|appelez|changez|cliquez|gehen\s+Sie|[öo]ffnen|rufen\s+Sie|vai\s+su|apri|chiama|buka|masuk|klik|hubungi|kholo|jaao|badal|kijiye)\b`,
  '設定|から|選択|タップ|اضغط|افتح|اتصل',
]);

const YES_NO = G([
  String.raw`^\s*(?:ok(?:ay)?|sure|will\s+do|on\s+it|done|no\s+problem|sounds\s+good|perfect|great|deal|perfecto|vale|dale|perfeito|combinado|fechado|beleza|parfait|d'accord|ça\s+marche|passt|perfekt|alles\s+klar|perfetto|va\s+bene|certo|oke|siap|baik|theek\s+hai|done|了解|承知|いいですね|تمام|موافق|حاضر)\b`,
  '^\\s*(?:👍|👌|✅|🙌|👍🏻|👍🏼|👍🏽|👍🏾|👍🏿|🫡)',
  String.raw`^\s*(?:yes|yep|yeah|yup|sure|of\s+course|absolutely|definitely|correct|exactly|that'?s\s+right|no|nope|not\s+quite|unfortunately|sadly|afraid\s+not|s[ií]|claro|por\s+supuesto|oui|non|bien\s+s[uû]r|ja|nein|klar|sim|n[aã]o|certo|certamente|ya|bisa|tidak|haan|nahi|ji\s+haan|はい|いいえ|نعم|لا|أكيد)\b`,
  String.raw`\b(?:you\s+can|you\s+can'?t|it\s+(?:isn'?t|does|doesn'?t|will|won'?t|can|can'?t)|it(?:'s|\s+is)\s+(?:not\s+)?(?:possible|included|fine|ok|okay|safe|free|covered|compatible|available|allowed)|that'?s\s+(?:the\s+right|correct|fine)|we\s+(?:can|can'?t|do|don'?t))\b`,
]);

/**
 * Something done or about to be done about their problem: "refund processed", "a replacement is
 * going out Monday", "I've blocked new logins", "I'll check and get back to you this afternoon".
 */
const ACTION = G([
  String.raw`\b(?:i'?ve|i\s+have|we'?ve|we\s+have|i|we|i'?ll|we'?ll|i\s+will|we\s+will|i'?m|we'?re|just)\s+(?:just\s+|already\s+|now\s+)?(?:checked|check|looked|look|confirmed|sent|send|issued|processed|refunded|refund|fixed|fix|updated|escalated|escalate|reset|blocked|locked|cancell?ed|cancel|replaced|credited|credit|moved|added|changed|arranged|booked|raised|opened|logged|reshipped|resent|restored|unlocked|removed|deleted|sorting|sorted|going\s+to)\b`,
  String.raw`\b(?:refund(?:ed)?|replacement|credit|fix|exchange|order|parcel|package)\s+(?:is|has\s+been|was|will\s+be|goes|going|went|should|processed|issued|on\s+its\s+way)\b|\b(?:processed|issued|refunded|dispatched|shipped|on\s+its\s+way|going\s+out|goes\s+out|will\s+(?:go\s+out|ship|be\s+sent|arrive)|ships|back\s+within)\b`,
  String.raw`(?:^|[.!]\s+)(?:all\s+)?(?:done|changed|sorted|booked|moved|updated|fixed|confirmed|cancell?ed)\b|\b(?:is|are|'s|'re|has\s+been|have\s+been|now)\s+(?:now\s+)?(?:booked|changed|moved|updated|fixed|cancell?ed|confirmed|rescheduled|sorted|on\s+its\s+way)\b`,
  String.raw`\b(?:ya\s+(?:est[aá]|bloqueamos|lo\s+he|he)|he\s+(?:cambiado|hecho|enviado)|lo\s+ver[aá]s|j[aá]\s+(?:bloqueei|troquei|foi|est[aá]|abri)|prontinho|je\s+(?:v[eé]rifie|reviens|m'en\s+occupe)|c'est\s+not[eé]|rembours[eé]|ich\s+habe|wurde|erstattet|ho\s+(?:gi[aà]|fatto|inviato)|sudah|udah|kami\s+(?:sudah|akan)|ho\s+gaya|kar\s+diya|initiate|lock\s+kar|済み|しました|いたしました|تم)\b`,
]);

/** Passing something on: a link, an attachment, "here it is". */
const HANDOVER = G([
  String.raw`\b(?:here\s+(?:you\s+go|it\s+is|they\s+are|'?s\s+the)|attached|sent\s+(?:it|them|you)|just\s+sent|in\s+your\s+inbox|aqu[ií]\s+(?:lo|la|los|las)\s+tienes|aqu[ií]\s+tienes|te\s+lo\s+(?:mando|env[ií]o)|segue|aqui\s+est[aá]|voici|ci-joint|hier\s+(?:ist|sind|bitte)|anbei|ecco|in\s+allegato|ini\s+(?:dia|ya)|terlampir|ye\s+lo|bhej\s+diya)\b`,
  'こちらです|送りました|تفضل|مرفق',
]);

/** A holding reply: "I'll check and get back to you" (an answer only with a time attached). */
const HOLDING = G([
  String.raw`\b(?:get\s+back\s+to\s+you|come\s+back\s+to\s+you|update\s+you|let\s+you\s+know|te\s+(?:aviso|escribo|confirmo)|te\s+digo|volvemos\s+a\s+escribir|te\s+retorno|retorno|je\s+reviens\s+vers\s+vous|je\s+vous\s+recontacte|ich\s+melde\s+mich|ti\s+faccio\s+sapere|ti\s+ricontatto|saya\s+kabari|nanti\s+kami\s+kabari|batata\s+hoon|bata\s+dunga|update\s+dunga)\b`,
  '折り返し|ご連絡いたします|سأعود إليك|سنبلغك',
]);

/** The sentence containing `at`: from the last sentence end before it to the next one after. */
function sentenceAround(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = at;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  // "tiendaruta.es/2x1" has dots: a sentence ends only at a dot followed by a space or the end.
  while (e < text.length && text[e] === '.' && /\S/.test(text[e + 1] ?? ' ')) {
    e++;
    while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  }
  return [s, e + 1];
}

/** The parts of the draft that answer, by kind; empty when nothing does. */
export function answerEvidence(a: Analysis, kind: AskKind): Evidence[] {
  const d = a.draft.length > 5_000 ? a.draft.slice(0, 5_000) : a.draft;
  // A link in the sentence that sells something is the pitch's, not an answer.
  const selling = promoCues(a).map((c) => sentenceAround(a.draft, c.at.start));
  const links = () =>
    linksOf(a)
      .filter((l) => l.start < d.length && !selling.some(([s, e]) => l.start >= s && l.start < e))
      .map((l) => evidence(a.draft, l.start, l.end));
  const matches = (re: RegExp) => {
    re.lastIndex = 0;
    return [...d.matchAll(re)]
      .slice(0, 4)
      .map((m) => evidence(a.draft, m.index, m.index + m[0].length));
  };
  switch (kind) {
    case 'link':
      return [...links(), ...matches(STEPS).filter((e) => e.text.includes('>'))];
    case 'phone':
      return [
        ...phonesOf(a).map((p) => evidence(a.draft, p.start, p.end)),
        ...matches(/(?<![\d,.])\d{4,6}(?![\d,.])/g),
      ];
    case 'email':
      return [
        ...linksOf(a)
          .filter((l) => l.kind === 'email')
          .map((l) => evidence(a.draft, l.start, l.end)),
        ...matches(YES_NO),
      ];
    case 'address':
      return matches(PLACE);
    case 'account':
      return [...matches(STEPS), ...links(), ...matches(ACTION)];
    case 'when':
      return matches(WHEN);
    case 'howmuch':
      return matches(HOW_MUCH);
    case 'where':
      // "Where is my order?" is answered by where it is or what happened to it.
      return [
        ...links(),
        ...matches(PLACE),
        ...matches(STEPS).filter((e) => e.text.includes('>')),
        ...matches(ACTION),
      ];
    case 'how':
      return [...matches(STEPS), ...links()];
    case 'yesno':
      return matches(YES_NO);
    case 'resolve': {
      const done = matches(ACTION);
      if (done.length) return done;
      // "I'll check and get back to you" answers only with a time: "this afternoon".
      const holding = matches(HOLDING);
      const when = holding.length ? matches(WHEN) : [];
      return when.length ? [...holding, ...when] : [];
    }
    case 'send':
      return [...links(), ...matches(HANDOVER), ...answerEvidence(a, 'email')];
    case 'pick':
      return pickEvidence(a);
  }
}

export interface AnswerReading {
  /** Kinds asked, each with the draft's evidence that answers it (maybe empty). */
  byKind: Map<AskKind, Evidence[]>;
  /** Kinds asked that the draft answers. */
  answered: AskKind[];
  /** Kinds asked that the draft does not answer. */
  missed: AskKind[];
}

/**
 * Which of the asked kinds the draft answers. "Where is the form?" is answered by the form's
 * link, so a link answers `where` even when `link` was not asked; a problem to resolve with a
 * question about when is answered by the date alone.
 */
export function readAnswer(a: Analysis): AnswerReading {
  return a.memo('answer', () => {
    const asks = asksOf(a);
    const byKind = new Map<AskKind, Evidence[]>();
    const specific = [...asks.kinds].filter((k) => SPECIFIC.includes(k) && k !== 'yesno');
    for (const k of asks.kinds) {
      // "Can I have a phone number?" asks for the number; the yes/no form is only politeness,
      // and "there is a problem" is the setting of the question, not a second question.
      if ((k === 'yesno' || k === 'resolve') && specific.length > 0) continue;
      const ev = answerEvidence(a, k);
      // A yes/no question is also answered by doing the thing ("I've moved your table").
      byKind.set(k, k === 'yesno' && ev.length === 0 ? answerEvidence(a, 'resolve') : ev);
    }
    const answered = [...byKind].filter(([, e]) => e.length > 0).map(([k]) => k);
    const missed = [...byKind].filter(([, e]) => e.length === 0).map(([k]) => k);
    return { byKind, answered, missed };
  });
}

/** The kinds that matter most: a specific question outranks "there is a problem". */
const SPECIFIC: readonly AskKind[] = [
  'when',
  'howmuch',
  'where',
  'how',
  'link',
  'phone',
  'email',
  'address',
  'send',
  'pick',
  'yesno',
];

/** One of the options they offered, echoed: "Tuesday 3pm works". */
function pickEvidence(a: Analysis): Evidence[] {
  const options = asksOf(a).options;
  const stems = new Set<string>();
  for (const o of options) for (const w of o) stems.add(w.slice(0, 3));
  const out: Evidence[] = [];
  for (const t of a.tokens.slice(0, 200)) {
    if (stems.has(t.norm.slice(0, 3))) out.push(evidence(a.draft, t.start, t.end));
  }
  return out;
}

/**
 * Whether the draft answers what is open: every specific kind asked is answered, or, when only a
 * problem or an account issue was raised, something is done about it.
 */
export function answeredOf(a: Analysis): boolean {
  const r = readAnswer(a);
  if (r.byKind.size === 0) return false;
  const specific = [...r.byKind.keys()].filter((k) => SPECIFIC.includes(k));
  if (specific.length === 0) return r.answered.length > 0;
  return specific.every((k) => r.answered.includes(k));
}
