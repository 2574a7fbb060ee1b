/**
 * What the other person asked for, read from their messages since our last reply: the kinds of
 * answer a reply must contain ("when" wants a date or time, "where is the form" a link), whether
 * they asked for our link, number, email or address (then giving it is service, not spam), how
 * many times they have asked, what options they offered, whether they said no, and which
 * details (order numbers, emails) they already gave.
 *
 * Patterns cover the languages of the labelled data (en, es, pt, fr, de, it, id, Latin-script
 * Hindi, ja, ar). They are applied to every message whatever its language: each is specific
 * enough (multi-word where a word is ambiguous across languages) not to fire on another language.
 */
import type { Analysis } from '../../analysis';
import { CLOCK, WEEKDAYS } from '../../text/calendar';
import { tokenize } from '../../text/tokenize';
import { wordRegExp } from './boundary';
import { contentStems } from './stems';

export type AskKind =
  /** A link, page, form or website. */
  | 'link'
  /** A phone number to call. */
  | 'phone'
  | 'email'
  /** A postal or shipping address. */
  | 'address'
  /** Something wrong with their account or login: a reset route is the answer. */
  | 'account'
  /** A date, time or how long. */
  | 'when'
  /** A price, amount or whether something is included. */
  | 'howmuch'
  /** A place, or where to find something. */
  | 'where'
  /** Steps: how to do something. */
  | 'how'
  /** A yes or no. */
  | 'yesno'
  /** A refund, replacement, cancellation or fix: a problem to resolve. */
  | 'resolve'
  /** "Can you send me the deck?": a file, document or link to pass on. */
  | 'send'
  /** They offered options ("Mon 10am, Tue 2pm or Fri 11am"): pick one. */
  | 'pick';

const RE = (parts: readonly string[]) => wordRegExp(parts, 'iu');

/** Each kind with its cues; `\b` is avoided around non-Latin scripts. */
const KIND_CUES: Record<AskKind, RegExp> = {
  link: RE([
    String.raw`\b(?:link|links|url|website|web\s?site|webpage|page|form|portal)\b`,
    String.raw`\b(?:enlace|página|formulario|lien|formulaire|(?:le|du|au|o|no|do)\s+site|formular|webseite|pagina|modulo|tautan|situs|formulir)\b`,
    'リンク|ページ|URL|フォーム|サイト|رابط|الرابط|موقع|استمارة',
  ]),
  phone: RE([
    String.raw`\b(?:phone\s*(?:number|line)?|number\s+(?:i|we)\s+can\s+call|number\s+to\s+call|(?:a|the|your|good)\s+number|call\s+(?:you|someone|somebody)|ring\s+you|hotline|helpline|care\s+line)\b`,
    String.raw`\b(?:tel[eé]fono|n[uú]mero\s+(?:de\s+tel[eé]fono|para\s+llamar)|un\s+tel[eé]fono|telefone|n[uú]mero\s+(?:de\s+)?(?:telefone|contato)|num[eé]ro(?:\s+de\s+t[eé]l[eé]phone)?|t[eé]l[eé]phone|telefonnummer|nummer|telefono|numero\s+(?:di\s+)?telefono|nomor(?:\s+(?:telepon|hp|wa|cs))?|telepon|phone\s+number|number\s+(?:de|dijiye|do|bhejo))\b`,
    '電話番号|電話|番号|رقم|هاتف|جوال|اتصل',
  ]),
  email: RE([
    String.raw`\b(?:e-?mail\s+address|mail\s+address|(?:what'?s|what\s+is|which)\s+(?:the\s+|your\s+)?e-?mail|(?:an?|your|the\s+right)\s+e-?mail(?!\s+one)|e-?mail\s+(?:to|for)\s+(?:send|forward|contact|reach)|correo(?:\s+electr[oó]nico)?|courriel|adresse\s+e-?mail|endere[cç]o\s+de\s+e-?mail|qual\s+(?:é\s+)?o\s+e-?mail|e-?mail-adresse|indirizzo\s+e-?mail|alamat\s+email)\b`,
    String.raw`\S+@\S+\.\w+\s+the\s+right`,
    'メールアドレス|メール|البريد|ايميل|إيميل',
  ]),
  address: RE([
    String.raw`\b(?:(?:postal|shipping|delivery|home|your|the|what|which)\s+address|address\s+(?:should|do|to)|where\s+(?:should|do|can)\s+(?:we|i)\s+(?:ship|send|post|deliver))\b`,
    String.raw`\b(?:direcci[oó]n|endere[cç]o|adresse|anschrift|indirizzo|alamat)\b`,
    '住所|送り先|عنوان',
  ]),
  account: RE([
    String.raw`\b(?:log(?:ged)?\s*in|login|sign(?:ed)?\s*in|password|hacked|compromised|new\s+device|unknown\s+device|wasn'?t\s+me|didn'?t\s+(?:ask|request)|reset\s+email|locked\s+out|can'?t\s+(?:log|get|sign)\s*in(?:to)?)\b`,
    String.raw`\b(?:contrase[ñn]a|clave|inicio\s+de\s+sesi[oó]n|no\s+(?:fui|era)\s+yo|senha|n[aã]o\s+fui\s+eu|n[aã]o\s+consigo\s+entrar|mot\s+de\s+passe|connexion|ce\s+n'?[eé]tait\s+pas\s+moi|passwort|eingeloggt|anmeldung|war\s+ich\s+nicht|accesso|non\s+ero\s+io|kata\s+sandi|masuk|bukan\s+saya|login\s+hua|maine\s+nahi\s+kiya)\b`,
    'ログイン|パスワード|不正|تسجيل الدخول|كلمة المرور|كلمة السر',
  ]),
  when: RE([
    String.raw`\b(?:when|what\s+time|what\s+date|how\s+long|how\s+soon|by\s+when|eta|which\s+day|what\s+day|actual\s+date|a\s+date|timeframe|time\s?frame)\b`,
    String.raw`\b(?:cu[aá]ndo|a\s+qu[eé]\s+hora|cu[aá]nto\s+tarda|quando|que\s+horas|quanto\s+tempo|quand|combien\s+de\s+temps|à\s+quelle\s+heure|wann|wie\s+lange|bis\s+wann|kapan|jam\s+berapa|berapa\s+lama|kab|kitne\s+din|kitna\s+time)\b`,
    'いつ|何時|何日|どのくらい|متى|كم\\s*يوم',
  ]),
  howmuch: RE([
    String.raw`\b(?:how\s+much|price|prices|pricing|cost|costs|fee|fees|rate|rates|charge|charged|include|includes|included)\b`,
    String.raw`\b(?:cu[aá]nto\s+(?:cuesta|vale|es)|precio|tarifa|incluye|quanto\s+(?:custa|é)|pre[cç]o|valor|inclui|combien|prix|tarif|inclu|wie\s*viel|preis|kostet|kosten|inklusive|quanto\s+costa|prezzo|costo|incluso|berapa|harga|biaya|kitna|kitne|price\s+kya)\b`,
    'いくら|料金|値段|価格|كم\\s*(?:السعر|سعر|تكلفة)|السعر|سعر|تكلفة',
  ]),
  where: RE([
    String.raw`\b(?:where|which\s+(?:store|branch|shop|office)|can\s+i\s+find)\b`,
    String.raw`\b(?:d[oó]nde|onde|o[uù]\s+(?:est|puis|peut|se|trouv|faut)|wo(?:\s+|hin)|dove|di\s*mana|dimana|kahan|kaha)\b`,
    'どこ|أين|وين',
  ]),
  how: RE([
    String.raw`\b(?:how\s+(?:do|can|should|would|to|does)|what\s+do\s+i\s+(?:do|need)|what\s+should\s+i\s+do|steps?)\b`,
    String.raw`\b(?:c[oó]mo\s+(?:puedo|hago|se|lo|obtengo)|qu[eé]\s+hago|como\s+(?:eu|fa[cç]o|posso|fazer)|o\s+que\s+(?:eu\s+)?fa[cç]o|comment\s+(?:je|on|faire|puis|obtenir|j'obtiens|est-ce)|je\s+fais\s+comment|wie\s+(?:kann|geht|mache|melde|bekomme)|was\s+(?:soll|muss)\s+ich|come\s+(?:posso|faccio|si|devo)|cosa\s+devo|bagaimana|gimana|caranya|cara\s+(?:untuk|buat)|kaise|kya\s+karu|kya\s+karna)\b`,
    'どうやって|どうすれば|方法|كيف|ماذا أفعل',
  ]),
  yesno: RE([
    String.raw`^\s*(?:is|are|was|were|can|could|do|does|did|will|would|should|has|have|may|am|any)\b[^.!?]*\?`,
    String.raw`\b(?:is\s+(?:it|this|that|there)|are\s+(?:you|there|they)|can\s+(?:i|we|you)|could\s+(?:i|you)|do\s+(?:you|i)|did\s+(?:you|it|they|we)|does\s+(?:it|this|the)|have\s+you|will\s+(?:it|i|you)|right\?|correct\?|ok\?|possible\?)`,
    String.raw`\b(?:puedo|se\s+puede|hay|es\s+posible|tienen|posso|pode|d[aá]\s+pra|tem|est-ce\s+que|puis-je|peut-on|y\s+a-t-il|kann\s+ich|geht\s+das|gibt\s+es|ist\s+(?:das|es)|posso|si\s+pu[oò]|c'?[eè]|bisa|apakah|boleh|kya\s+(?:main|hum|aap)|milega|hoga)\b[^.!?]*[?？]`,
    'ですか|ますか|でしょうか|可能|هل',
  ]),
  send: RE([
    String.raw`\b(?:send\s+(?:me|us|over)|can\s+you\s+send|could\s+you\s+send|share\s+(?:the|your)\s+\w+|dm\s+me\s+the)\b`,
    String.raw`\b(?:(?:me|nos)\s+(?:pasas|mandas|env[ií]as)|p[aá]same|m[aá]ndame|env[ií]ame|(?:me\s+)?(?:manda|envia|passa)\s+(?:o|a|os|as)\b|m'envoyer|envoie-moi|envoyez-moi|schick\s+mir|schicken\s+sie\s+mir|senden\s+sie\s+mir|mandami|inviami|kirim(?:in|kan)?|bhej\s+(?:do|de|na|dena)|bhejo)\b`,
    '送って|أرسل لي|ابعث لي',
  ]),
  pick: /(?!)/,
  resolve: RE([
    String.raw`\b(?:refund|money\s+back|replace(?:ment)?|cancel|cancelled|canceled|broken|damaged|missing|never\s+arrived|not\s+arrived|hasn'?t\s+arrived|didn'?t\s+arrive|not\s+working|doesn'?t\s+work|stopped\s+working|charged\s+twice|double\s+charged|wrong\s+(?:size|item|charge)|cracked|smashed|snapped|bent|split|leak(?:ing)?|reaction|delete\s+my|lost\s+(?:all\s+)?(?:my|the)|disappeared|vanished|wiped)\b`,
    String.raw`\b(?:reembolso|devolu|devolv|cancelar|roto|no\s+(?:ha\s+)?lleg|cobrado|reembolsad|estorno|reembolso|cancelar|quebrad|n[aã]o\s+(?:chegou|recebi)|cobran[cç]a|rembours|annul|cass[eé]|(?:pas|rien)\s+re[cç]u|perdu|erstatt|storn|kaputt|nicht\s+(?:angekommen|erhalten)|doppelt|rimbors|annull|rott[oa]|non\s+(?:è\s+)?arrivat|pengembalian|refund|rusak|belum\s+(?:sampai|datang)|kepotong|galat|kharab|nahi\s+aaya|pending)\b`,
    '返金|返品|キャンセル|壊れ|届かな|二重|استرداد|إلغاء|مكسور|لم يصل',
  ]),
};

/** "no thanks", "not interested": after this, another pitch is pushing. */
const DECLINE = RE([
  String.raw`\b(?:no\s+thanks?|no\s+thank\s+you|not\s+interested|i'?m\s+not\s+interested|i'?ll\s+pass|please\s+stop|stop\s+(?:messaging|dming)|not\s+for\s+(?:me|us)|we'?re\s+(?:good|all\s+set)|no,?\s+(?:we|i)\s+(?:don'?t|won'?t))\b`,
  String.raw`\b(?:no\s+gracias|no\s+me\s+interesa|n[aã]o\s+obrigad[oa]|n[aã]o\s+tenho\s+interesse|non\s+merci|pas\s+int[eé]ress[eé]|nein\s+danke|kein\s+interesse|no\s+grazie|non\s+mi\s+interessa|tidak\s+(?:tertarik|usah)|nahi\s+chahiye|interest\s+nahi)\b`,
  '結構です|興味ありません|لا شكرا|غير مهتم',
]);

/** A request without a question mark: "please send the link", "I need a number to call". */
const REQUEST = RE([
  String.raw`\b(?:please|pls|plz|can\s+you|could\s+you|would\s+you|i\s+need|i'?d\s+like|i\s+want|let\s+me\s+know|send\s+me|give\s+me|tell\s+me|where|when|how|what|which)\b`,
  String.raw`\b(?:por\s+favor|porfa|puedes|podr[ií]as|necesito|quiero|quisiera|d[ií]me|p[aá]same|pode|poderia|preciso|quero|me\s+(?:manda|passa|diz)|s'il\s+(?:vous|te)\s+pla[iî]t|pouvez-vous|peux-tu|je\s+voudrais|j'ai\s+besoin|bitte|k[oö]nnen\s+sie|kannst\s+du|ich\s+brauche|ich\s+m[oö]chte|per\s+favore|puoi|potete|vorrei|ho\s+bisogno|tolong|mohon|minta|bisa|boleh|mau|dijiye|kijiye|chahiye|batao|bataiye|bhejo|bhej\s+do)\b`,
  'ください|下さい|お願い|教えて|ممكن|أريد|ابي|أبي|من فضلك|لو سمحت',
]);

/** Gratitude: a message that thanks rather than asks. */
const THANKS = RE([
  String.raw`\b(?:thanks|thank\s+you|thx|ty|cheers|appreciate\s+it|that\s+did\s+it|all\s+sorted|gracias|obrigad[oa]|merci|danke|grazie|terima\s+kasih|makasih|shukriya|dhanyavaad)\b`,
  'ありがとう|شكرا|شكراً',
]);

/** Their messages since our last one: what is still open. */
export function openRun(a: Analysis): { text: string; index: number }[] {
  return a.memo('asks:open-run', () => {
    const msgs = a.input.messages ?? [];
    const out: { text: string; index: number }[] = [];
    for (let i = msgs.length - 1; i >= 0; i--) {
      const m = msgs[i]!;
      if (m.text.trim() === '') continue;
      if (m.from === 'me') break;
      out.unshift({ text: m.text, index: i });
    }
    return out;
  });
}

export interface Asks {
  /** What an answer must contain, from their open messages. */
  kinds: Set<AskKind>;
  /** How many of their messages in the thread ask about the same thing (1 = asked once). */
  times: number;
  /** Options they offered ("Mon 10am, Tue 2pm or Fri 11am"), as lower-case tokens to echo. */
  options: string[][];
  /** Their latest message declines. */
  declined: boolean;
  /** Details they already gave: order and reference numbers, emails, phone digits. */
  given: string[];
}

const REFERENCE =
  /\b(?=[A-Z0-9-]{0,40}\d)(?=[A-Z0-9-]{0,40}[A-Z])[A-Z0-9][A-Z0-9-]{4,40}\b|\b\d{5,40}\b/g;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}/g;
/** A day or time option: "Mon 10am", "Tue 2pm", "Friday", "19 Uhr", "10 baje". */
const OPTION = wordRegExp(
  [
    String.raw`\b(?:${WEEKDAYS})\b(?:\s+(?:at\s+|às\s+|à\s+|a\s+las\s+|um\s+|alle\s+)?(?:${CLOCK}))?`,
    String.raw`\b(?:${CLOCK})\b`,
  ],
  'giu',
);

export function asksOf(a: Analysis): Asks {
  return a.memo('asks', () => {
    const run = openRun(a);
    const kinds = new Set<AskKind>();
    for (const m of run) {
      const asking = /[?？؟]/.test(m.text) || REQUEST.test(m.text);
      // "Thanks for sorting the refund!" closes a problem; it does not raise one.
      if (THANKS.test(m.text) && !asking) continue;
      for (const k of kindsIn(m.text)) {
        // "sent to your email just now" mentions an email; only a question or request asks.
        if (asking || k === 'resolve' || k === 'account') kinds.add(k);
      }
    }
    const latestOptions = optionsIn(run[run.length - 1]?.text ?? '');
    if (latestOptions.length >= 2) kinds.add('pick');
    const msgs = a.input.messages ?? [];
    const theirs = msgs.filter((m) => m.from === 'them' && m.text.trim());
    const latest = run[run.length - 1]?.text ?? '';
    return {
      kinds,
      times: timesAsked(run, theirs),
      options: optionsIn(latest),
      declined: DECLINE.test(latest),
      given: givenIn(theirs.map((m) => m.text)),
    };
  });
}

/**
 * Whether they asked us for one of `kinds` (a link, a number…) in what is still open: then
 * giving it is the answer, and the checks that would count it against a cold DM stand down.
 */
export function askedFor(a: Analysis, ...kinds: AskKind[]): boolean {
  if (a.context.theirMessages === 0) return false;
  const asked = asksOf(a).kinds;
  return kinds.some((k) => asked.has(k));
}

export function kindsIn(text: string): AskKind[] {
  const out: AskKind[] = [];
  for (const k of Object.keys(KIND_CUES) as AskKind[]) if (KIND_CUES[k].test(text)) out.push(k);
  return out;
}

/**
 * How many times the open question has been asked: their messages anywhere in the thread that
 * ask and share content words with it, at least the number of asking messages left unanswered.
 */
function timesAsked(run: readonly { text: string }[], theirs: readonly { text: string }[]): number {
  const asking = run.filter((m) => /[?？]/.test(m.text) || kindsIn(m.text).length > 0);
  if (asking.length === 0) return 0;
  const q = contentStems(tokenize(asking[asking.length - 1]!.text));
  let similar = 0;
  for (const m of theirs) {
    const s = contentStems(tokenize(m.text));
    let shared = 0;
    for (const x of s) if (q.has(x)) shared++;
    if (shared >= 2 || (shared >= 1 && s.size <= 4)) similar++;
  }
  return Math.max(asking.length, similar, 1);
}

function optionsIn(text: string): string[][] {
  const found = [...text.matchAll(OPTION)].map((m) =>
    m[0]
      .toLowerCase()
      .split(/[\s:]+/)
      .filter((w) => w && w !== 'at'),
  );
  return found.length >= 2 ? found : [];
}

function givenIn(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(REFERENCE)) out.add(m[0]);
    for (const m of t.matchAll(EMAIL)) out.add(m[0].toLowerCase());
  }
  return [...out];
}
