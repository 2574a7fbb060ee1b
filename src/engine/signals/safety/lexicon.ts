/**
 * Words for the requests that are never service, in the languages of the labelled data: asking
 * someone to hand over a password, one-time code, PIN, card number or security code, to install
 * remote access, or to pay first. Each list is a regular-expression alternation; `\b` is made
 * Unicode-aware by `wordRegExp`.
 */

/** Secrets that give away an account or a card. */
export const CREDENTIALS = [
  String.raw`\b(?:password|passcode|pass\s?code|pin(?:\s+code)?|otp|one[-\s]time\s+(?:pass)?code|verification\s+code|security\s+code|auth(?:entication)?\s+code|2fa\s+code|login\s+code|sms\s+code|cvv|cvc|cvv2|card\s+number|full\s+card|long\s+card\s+number|expiry\s+date|seed\s+phrase|recovery\s+phrase|secret\s+phrase|private\s+key|login\s+details|\d[-\s]?digit\s+code|the\s+code\s+(?:you|we)|code\s+(?:you\s+(?:get|receive|received)|we\s+(?:sent|send)|by\s+sms|in\s+the\s+sms))\b`,
  String.raw`\b(?:contrase[ñn]a|clave(?:\s+de\s+acceso)?|c[oó]digo(?:\s+(?:de\s+(?:verificaci[oó]n|seguridad|\d\s+d[ií]gitos)|que\s+(?:te|le)\s+(?:lleg|envi)|por\s+sms|otp))?|n[uú]mero\s+(?:completo\s+)?de\s+(?:la\s+|tu\s+)?tarjeta|datos\s+de\s+(?:la\s+|tu\s+)?tarjeta|senha|c[oó]digo\s+de\s+\d\s+d[ií]gitos|n[uú]mero\s+do\s+cart[aã]o|dados\s+do\s+cart[aã]o|token|mot\s+de\s+passe|code\s+(?:re[cç]u|de\s+v[eé]rification|[àa]\s+\d\s+chiffres|secret|pin|sms)|cryptogramme|num[eé]ro\s+de\s+(?:votre\s+|la\s+)?carte|passwort|kennwort|tan|pin-?code|sicherheitscode|kartennummer|pr[uü]fnummer|codice\s+(?:otp|di\s+verifica|ricevuto|segreto|pin)|numero\s+(?:della\s+)?carta|kata\s+sandi|sandi|kode\s+(?:otp|verifikasi|rahasia)|kode\s+yang\s+masuk|nomor\s+kartu|mpin)\b`,
  'パスワード|暗証番号|認証コード|確認コード|ワンタイム|カード番号|セキュリティコード|كلمة\\s*المرور|كلمة\\s*السر|رمز\\s*التحقق|الرقم\\s*السري|رقم\\s*البطاقة|الرمز',
];

/** Remote-access and sideloaded apps: installing them hands over the device. */
export const REMOTE_ACCESS = [
  String.raw`\b(?:anydesk|teamviewer|quick\s?support|rustdesk|ultraviewer|airdroid|remote\s+access|screen\s+shar(?:e|ing)|allow\s+all\s+permissions|[\w-]{1,64}\.apk)\b`,
];

/** Asking for it: send, share, tell, reply with, enter… */
export const REQUEST_VERBS = [
  String.raw`\b(?:send|share|tell|give|provide|confirm|enter|type|forward|reply(?:\s+here)?\s+with|read\s+(?:out|me)|dm\s+(?:me|us)|let\s+(?:me|us)\s+know|what(?:'s|\s+is)\s+your|(?:we|i)\s+need\s+your|install|download|buy\s+me|could\s+you\s+buy|pick\s+up)\b`,
  String.raw`\b(?:env[ií]a(?:me|nos)?|m[aá]nda(?:me|nos)?|manda|comparte|comp[aá]rtenos|dime|dinos|ind[ií]ca(?:nos)?|facilita|proporciona|confirma|escribe|p[aá]same|necesito\s+(?:tu|el|la|que)|(?:me\s+)?(?:mandes|env[ií]es|pases|mande|envie)|informe|envie|mande|passe|compartilhe|digite|confirme|me\s+fala|preciso\s+d[oa]|envoyez|envoie|communiquez|donnez|indiquez|transmettez|confirmez|tapez|senden\s+sie|schicken\s+sie|nennen\s+sie|teilen\s+sie|geben\s+sie|best[aä]tigen\s+sie|schick|sende|inviami|invia|mandami|comunica(?:ci)?|dimmi|fornisci|conferma|kirim(?:kan)?|berikan|beritahu|sebutkan|bagikan|infokan|bhejo|bhejiye|bhej\s+do|share\s+(?:kijiye|karo|karein|kar\s+do)|bata(?:o|iye|\s+dijiye|\s+do)|de\s+(?:do|dijiye)|likho|install\s+(?:kijiye|karo|karein)|instala|instale|installez|installieren|installa|pasang|c[oó]mpra(?:me|rme)|compra(?:r)?mi|mandarmi|inviarmi|me\s+compra|ach[eè]te-moi|kauf\s+mir|belikan)\b`,
  '教えて|送って|入力|返信|お知らせください|أرسل|ارسل|شارك|أعطني|زودنا|اكتب|أخبرني',
];

/** "We will never ask for your code": a warning, not a request. */
export const NEGATION = [
  String.raw`\b(?:never|don'?t|do\s+not|won'?t|will\s+not|no\s+one|nobody|not\s+(?:ask|share)|nunca|jam[aá]s|jamais|ne\s+\w+\s+jamais|niemals|nie|nicht|mai|non\s+(?:chiediamo|condividere)|tidak\s+(?:pernah|akan)|jangan|kabhi\s+(?:bhi\s+)?(?:nahi|nahin)|mat\s+(?:kijiye|karo|karein)|nahi\s+maangta|n[aã]o\s+(?:pedimos|compartilhe|passe)|no\s+(?:compartas|te\s+(?:vamos|pediremos)))\b`,
  '決して|ことはありません|しないで|لن|أبداً|لا\\s*تشارك',
];

/** Personal data that belongs on a secure form, not in a DM. */
export const PERSONAL_DATA = [
  String.raw`\b(?:date\s+of\s+birth|dob|passport|id\s+card|photo\s+of\s+your\s+id|driving\s+licen[cs]e|iban|sort\s+code|bank\s+details|social\s+security|ssn|home\s+address|full\s+address|mother'?s\s+maiden\s+name)\b`,
  String.raw`\b(?:dni|nie|fecha\s+de\s+nacimiento|pasaporte|direcci[oó]n\s+completa|cuenta\s+bancaria|cpf|rg|data\s+de\s+nascimento|passaporte|endere[cç]o\s+completo|date\s+de\s+naissance|pi[eè]ce\s+d'identit[eé]|passeport|rib|geburtsdatum|ausweis|personalausweis|reisepass|codice\s+fiscale|data\s+di\s+nascita|carta\s+d'identit[aà]|ktp|tanggal\s+lahir|aadhaar|aadhar|pan\s+card)\b`,
  '生年月日|マイナンバー|免許証|パスポート|تاريخ الميلاد|الهوية الوطنية|جواز السفر',
];

/** Paying first: fees, deposits, transfers, gift cards. */
export const PAYMENT = [
  String.raw`\b(?:pay|paying|payment|deposit|transfer|wire|fee|fees|processing\s+fee|insurance\s+fee|release\s+fee|booking\s+fee|production\s+fee|gift\s?cards?|steam\s+cards?|apple\s+cards?|google\s+play\s+cards?|cash\s?app|zelle|venmo|usdt|btc)\b`,
  String.raw`\b(?:pagar|pague|pago|dep[oó]sito|depositar|transferir|transferencia|transfer[eê]ncia|comisi[oó]n|tarifa|tarjetas?\s+regalo|taxa|pix|mb\s?way|cart[aã]o\s+presente|payer|payez|paiement|frais|d[eé]p[oô]t|virement|cartes?\s+cadeaux?|bezahlen|zahlen|[uü]berweis\w*|geb[uü]hr|kaution|anzahlung|gutschein(?:karte)?n?|pagare|pagamento|bonifico|deposito|commissione|ricarica|postepay|carte\s+regalo|bayar|biaya|transfer|dp|jama\s+kar\w*|upi)\b`,
  '振込|振り込|支払|手数料|入金|ادفع|دفع|رسوم|تحويل',
];

/** Who pays: "we pay €250", "we'll cover travel" is an offer, not a request. */
export const WE_PAY = [
  String.raw`\b(?:we(?:'ll|\s+will|\s+usually|\s+can)?\s+(?:pay|cover|reimburse)|paid\s+by\s+us|we\s+pay|(?:our|the)\s+fee\s+is|pagamos|nous\s+payons|wir\s+zahlen|paghiamo|kami\s+bayar)\b`,
];

/** Insults, threats and contempt aimed at the person you are writing to. */
export const HOSTILE = [
  String.raw`\b(?:stupid|idiot|idiots|dumb|moron|pathetic|useless|shut\s+up|not\s+that\s+hard|learn\s+to\s+read|try\s+reading|can'?t\s+you\s+read|your\s+(?:own\s+)?fault|legal\s+action|our\s+lawyers?|sue\s+you|defamatory|defamation|delete\s+your\s+(?:tweet|post|review)|we\s+will\s+only\s+\w+\s+(?:your\s+)?\w+\s+once\s+you|not\s+(?:our|my)\s+problem|if\s+you\s+had\s+read|in\s+this\s+mess|after\s+everything\s+i\s+did|who\s+my\s+real\s+friends\s+are|you\s+owe\s+me|shame\s+on\s+you)\b`,
  String.raw`\b(?:idiota|est[uú]pid[oa]|imb[eé]cil|no\s+es\s+tan\s+dif[ií]cil|aprende\s+a\s+leer|acciones\s+legales|borra\s+tu|burr[oa]|n[aã]o\s+[eé]\s+t[aã]o\s+dif[ií]cil|a[cç][aã]o\s+judicial|apague\s+(?:seu|sua)|stupide|cr[eé]tin|pas\s+si\s+compliqu[eé]|action\s+en\s+justice|supprimez\s+votre|dumm|bl[oö]d|nicht\s+so\s+schwer|rechtliche\s+schritte|l[oö]schen\s+sie\s+ihren|stupido|cretino|non\s+[eè]\s+cos[iì]\s+difficile|azioni\s+legali|bodoh|goblok|tolol|salah\s+(?:kakak|anda|kamu|sendiri)|asal\s+nuduh|bewakoof|pagal\s+ho|dimag\s+nahi|tumhari\s+galti|aapki\s+(?:hi\s+)?galti|culpa\s+(?:tuya|suya)|sua\s+culpa|de\s+votre\s+faute|ihre\s+schuld|colpa\s+(?:tua|sua))\b`,
  'バカ|馬鹿|法的措置|غبي|إجراء قانوني|إجراءات قانونية',
];

/** Condescension: rude, fixable in one pass (a revise, not a hold). */
export const CONDESCENDING = [
  String.raw`\b(?:as\s+(?:clearly\s+)?stated|as\s+stated\s+clearly|which\s+you'?d\s+know|if\s+you'?d\s+(?:read|bothered)|as\s+we\s+(?:already\s+)?(?:said|told\s+you)|like\s+i\s+said|for\s+the\s+(?:last|third|second)\s+time)\b`,
];
