/**
 * Replies that go through the motions: a stock "thank you for contacting us, we value your
 * feedback" that answers nothing, and asking again for details they already gave. Both are
 * polite and both leave the customer where they were.
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit } from '../../detector';
import type { Evidence } from '../../types';
import { REQUEST_VERBS } from '../safety/lexicon';
import { clausesOf } from '../safety/requests';
import { readAnswer } from './answer';
import { asksOf, openRun } from './asks';
import { wordRegExp } from './boundary';

/** Stock support phrases in the languages of the data. */
const MACRO = wordRegExp(
  [
    String.raw`\b(?:thanks?(?:\s+you)?\s+for\s+(?:contacting|reaching\s+out|getting\s+in\s+touch|your\s+(?:message|patience|feedback|enquiry|inquiry)|bringing\s+this)|we\s+value\s+your\s+feedback|your\s+feedback\s+is\s+(?:valuable|important)|(?:we'?ve|we\s+have)\s+received\s+your\s+(?:request|message|enquiry)|a\s+member\s+of\s+(?:our|the)\s+team\s+will|(?:we'?ll|we\s+will)\s+get\s+back\s+to\s+you\s+(?:as\s+soon\s+as\s+possible|shortly|soon|asap)|(?:sorry|we\s+apologi[sz]e)\s+for\s+(?:the|any)\s+inconvenience|we\s+appreciate\s+your\s+patience|(?:please\s+)?(?:check|see|visit|refer\s+to|consult)\s+our\s+(?:faq|faqs|help\s+cent(?:re|er)|website)|your\s+(?:message|request|case)\s+has\s+been\s+(?:forwarded|escalated|passed)|have\s+a\s+(?:great|nice|good|lovely)\s+day|for\s+(?:faster|further|quicker)\s+(?:support|assistance|help)|send\s+us\s+a\s+dm)\b`,
    String.raw`\b(?:gracias\s+por\s+(?:contactar|contactarnos|escribirnos|tu\s+mensaje)|lamentamos\s+(?:las\s+molestias|el\s+inconveniente)|disculp[ae]\s+las\s+molestias|(?:tu|su)\s+(?:mensaje|solicitud)\s+ha\s+sido|nos\s+pondremos\s+en\s+contacto|consulta\s+nuestr[ao]s?\s+(?:faq|preguntas)|obrigad[oa]\s+(?:por|pelo)\s+(?:contato|entrar\s+em\s+contato|sua\s+mensagem)|lamentamos\s+o\s+(?:transtorno|inconveniente)|pedimos\s+desculpas\s+pelo\s+transtorno|sua\s+solicita[cç][aã]o\s+foi|entraremos\s+em\s+contato|merci\s+de\s+(?:nous\s+avoir\s+contact[eé]s|votre\s+message)|nous\s+(?:sommes\s+d[eé]sol[eé]s|nous\s+excusons)\s+(?:pour|de)\s+(?:la\s+g[eê]ne|le\s+d[eé]sagr[eé]ment)|votre\s+(?:message|demande)\s+a\s+[eé]t[eé]|nous\s+reviendrons\s+vers\s+vous|n'?h[eé]sitez\s+pas\s+[àa]\s+consulter|consultez\s+notre\s+faq|belle\s+journ[eé]e|vielen\s+dank\s+f[uü]r\s+ihre\s+(?:nachricht|anfrage)|wir\s+(?:bedauern|entschuldigen\s+uns\s+f[uü]r)\s+die\s+unannehmlichkeiten|ihre\s+anfrage\s+wurde\s+weitergeleitet|wir\s+melden\s+uns|grazie\s+per\s+(?:averci\s+contattato|il\s+(?:tuo|suo)\s+messaggio)|ci\s+scusiamo\s+per\s+il\s+disagio|(?:il\s+)?suo\s+messaggio\s+[eè]\s+stato\s+inoltrato|gentile\s+cliente|terima\s+kasih\s+telah\s+menghubungi|mohon\s+maaf\s+atas\s+ketidaknyamanan(?:nya)?|sudah\s+kami\s+teruskan|mohon\s+ditunggu|asuvidha\s+ke\s+liye\s+khed|jald\s+hi\s+contact)\b`,
    'お問い合わせいただきありがとうございます|ご不便をおかけ|担当部署|شكراً لتواصلك|شكرا لتواصلك|نعتذر عن الإزعاج|تم تحويل طلبك|سنتواصل معك',
  ],
  'giu',
);

/** Asking for an order number, reference, email or registered number. */
const DETAIL_REQUEST = wordRegExp(
  [
    String.raw`\b(?:(?:your|the)\s+(?:order|reference|ref|account|booking|case|ticket|tracking)\s*(?:number|no\.?|id|details|reference)|order\s+id|(?:your\s+)?email\s+address|registered\s+(?:mobile\s+)?number|n[uú]mero\s+de\s+(?:pedido|referencia|cuenta|seguimiento)|n[uú]mero\s+do\s+pedido|num[eé]ro\s+de\s+commande|bestellnummer|kundennummer|numero\s+d'?ordine|nomor\s+(?:pesanan|resi|order)|order\s+id)\b`,
    '注文番号|رقم الطلب',
  ],
  'giu',
);

function matches(a: Analysis, re: RegExp): Evidence[] {
  const d = a.draft.length > 10_000 ? a.draft.slice(0, 10_000) : a.draft;
  re.lastIndex = 0;
  return [...d.matchAll(re)].map((m) => evidence(a.draft, m.index, m.index + m[0].length));
}

function nonAnswer(a: Analysis): Hit[] {
  if (a.context.kind === 'cold' || openRun(a).length === 0) return [];
  const stock = matches(a, MACRO);
  if (stock.length === 0 || readAnswer(a).answered.length > 0) return [];
  return [
    {
      id: 'non-answer-macro',
      value: Math.min(2, 1 + 0.25 * (stock.length - 1)),
      message: a.t('signal_non_answer_macro_message'),
      evidence: stock.slice(0, 4),
      suggestion: a.t('signal_non_answer_macro_suggestion'),
    },
  ];
}

/** "Could you send…", "please confirm…", "what's your…": the detail is being asked for. */
const ASKING = wordRegExp(REQUEST_VERBS, 'iu');

function askedAgainForDetails(a: Analysis): Hit[] {
  if (a.context.theirMessages === 0 || asksOf(a).given.length === 0) return [];
  // The detail named in a clause that asks for it ("could you send your order number"), not in
  // one that gives it ("here is the tracking number").
  const asking = clausesOf(a).filter((c) => ASKING.test(c.text));
  const asked = matches(a, DETAIL_REQUEST).filter((e) =>
    asking.some((c) => e.start >= c.start && e.start < c.start + c.text.length),
  );
  if (asked.length === 0) return [];
  return [
    {
      id: 'asks-for-given-details',
      value: 1,
      message: a.t('signal_asks_for_given_details_message', [asksOf(a).given[0]!]),
      evidence: asked.slice(0, 3),
      suggestion: a.t('signal_asks_for_given_details_suggestion'),
    },
  ];
}

export const macroDetector: Detector = {
  name: 'going-through-the-motions',
  signals: ['non-answer-macro', 'asks-for-given-details'],
  run: (a) => [...nonAnswer(a), ...askedAgainForDetails(a)],
};
