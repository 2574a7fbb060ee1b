/**
 * The scripts of modern DM spam, in the languages of the labelled data (en, es, pt, fr, de, it,
 * id, Latin-script Hindi, ja, ar): self-promotion, and the openers of scams that the labelling
 * guide calls hold whatever else the message says. Each family is a regular-expression
 * alternation compiled by `wordRegExp` (Unicode word boundaries).
 */

/** "Check out my channel", follow-for-follow, "support my music", "link in bio", review swaps. */
export const SELF_PROMOTION = [
  String.raw`\b(?:check\s+out\s+my|check\s+my|visit\s+my|listen\s+to\s+my|watch\s+my|see\s+my)\s+(?:new\s+|latest\s+)?(?:(?:drum|guitar|piano|vocal|dance|acoustic)\s+)?(?:page|channel|music|song|track|mixtape|profile|account|stream|app|shop|store|website|video|videos|youtube|soundcloud|podcast|blog|vlog|cover|covers|remix|beats|album|single)\b`,
  String.raw`\bi\s+(?:did|made|just\s+(?:did|made|uploaded)|uploaded)\s+a\s+(?:new\s+)?(?:(?:drum|guitar|piano|vocal|dance|acoustic)\s+)?(?:cover|remix)\b(?!\s+(?:letter|page|photo|image|story))`,
  String.raw`\b(?:subscribe\s+to\s+my|sub\s*4\s*sub|sub\s+for\s+sub|subs?\s+back|follow\s+(?:me\s+)?back|follow\s+for\s+follow|f4f|l4l|like\s+for\s+like|support\s+my\s+(?:music|work|page|channel|art|small\s+business|business|launch)|link\s+in\s+(?:my\s+)?bio|dm\s+(?:me\s+)?for\s+(?:promo|promotion|a\s+shoutout|collab)|download\s+my\s+app|leave\s+(?:me\s+)?a\s+(?:\d\s?(?:⭐|stars?)\s+)?review|i'?ll\s+do\s+the\s+same\s+for\s+(?:yours|you)|review\s+swap|like\s+my\s+(?:video|post|page)|share\s+my\s+(?:page|post|video|music)|rate\s+my\s+(?:podcast|app))\b`,
  String.raw`\b(?:s[ií]gueme|suscr[ií]bete\s+a\s+mi|apoya\s+mi\s+(?:m[uú]sica|canal|p[aá]gina|emprendimiento)|echa\s+un\s+vistazo\s+a\s+mi|link\s+en\s+mi\s+bio|me\s+segue|se\s+inscreve\s+no\s+meu|inscreva-se\s+no\s+meu|sigo\s+de\s+volta|link\s+na\s+bio|confere\s+meu|abonne-toi|abonnez-vous\s+[àa]\s+ma|je\s+m'?abonne\s+en\s+retour|lien\s+en\s+bio|jette\s+un\s+(?:oeil|œil)\s+[àa]\s+mon|folge\s+mir|abonniere\s+meinen|link\s+in\s+der\s+bio|seguimi|iscriviti\s+al\s+mio|follow\s+balik|folbek|cek\s+profil\s+(?:aku|saya)|mampir\s+ke\s+(?:toko|akun)|mera\s+channel\s+subscribe|follow\s+back\s+karo|mere\s+page\s+ko)\b`,
  'フォローお願いします|チャンネル登録|相互フォロー|تابعني|اشترك في قناتي',
  // Engagement bait: likes asked for their own sake ("like this comment if…", "like & RT").
  // "Like this…" and "like if" only as an order opening a sentence: "I like this video" and
  // "I'd like if you sent it" are not bait.
  String.raw`\b(?:thumbs\s+up\s+if|give\s+(?:it|this(?:\s+comment)?|me)\s+a\s+(?:like|thumbs\s+up)|(?:like|rt|retweet)\s*(?:and|&|\+)\s*(?:rt|retweet|share|follow|subscribe)|this\s+video\s+on\s+youtube|dale\s+like|deixa\s+(?:seu|o\s+seu|o)\s+like|pouce\s+bleu\s+si|daumen\s+hoch\s+wenn|metti\s+(?:mi\s+piace|like)\s+se|jangan\s+lupa\s+(?:like|subscribe)|like\s+(?:aur|and)\s+share\s+karo)\b`,
  String.raw`(?<=^|[.!?\n]\s{0,3}|\b(?:please|pls|plz|just|go)\s{1,3})like\s+(?:this\s+(?:comment|post|tweet|video)\b|(?:this\s+)?(?:if|si|se|wenn|kalau|agar)\b)`,
  'いいねしてね|高評価お願いします|اعمل لايك',
];

/** The scripts of scams, by family: the message names which one was recognised. */
export const SCAM_SCRIPTS: Record<string, readonly string[]> = {
  // A "wrong number" or "is this X?" opener that starts romance and investment scams.
  'wrong-person': [
    String.raw`\b(?:wrong\s+(?:number|person|account)|(?:i\s+think\s+)?i\s+(?:have|messaged|got)\s+the\s+wrong|is\s+this\s+(?:still\s+)?\w+(?:'s)?\s+(?:number|account)|is\s+it\s+still\s+ok(?:ay)?\s+for\s+the|(?:coach|my\s+friend|my\s+cousin)\s+\w+\s+(?:said|told\s+me)\s+to\s+(?:message|text|dm)\s+you|did\s+you\s+get\s+my\s+(?:message|text)\s+about\s+(?:the\s+)?(?:dinner|party|meeting|lesson))\b`,
    String.raw`\b(?:n[uú]mero\s+equivocado|me\s+equivoqu[eé]\s+de|mauvais\s+num[eé]ro|falsche\s+nummer|numero\s+sbagliato|salah\s+sambung|salah\s+kirim|galat\s+number)\b`,
    '間違えました|番号を間違え',
  ],
  // "We recover stolen funds": targets people who posted about being scammed.
  recovery: [
    String.raw`\b(?:fund(?:s)?\s+recovery|recover(?:ed|y)?\s+(?:your\s+|stolen\s+|lost\s+)?(?:funds|money|crypto|bitcoin|assets)|recovery\s+(?:team|service|services|agent|group|expert|specialist)|trace(?:d)?\s+the\s+blockchain|got\s+(?:all\s+(?:of\s+)?)?(?:it|my\s+money)\s+back|returned\s+over\s+\$?\d|recuperar\s+(?:tu|su|seu)\s+dinero|recupera[cç][aã]o\s+de\s+fundos|r[eé]cup[eé]rer\s+vos\s+fonds|geld\s+zur[uü]ck(?:holen|bekommen)|recuperare\s+i\s+(?:tuoi|suoi)\s+fondi|pemulihan\s+dana|paisa\s+wapas)\b`,
  ],
  // Emergencies that end in a payment request.
  emergency: [
    String.raw`\b(?:stuck\s+(?:at|in)\s+the\s+airport|(?:my\s+)?cards?\s+(?:are|is|got)\s+blocked|(?:mother|mom|mum|father|dad|son|daughter)\s+is\s+in\s+(?:the\s+)?hospital|won'?t\s+treat\s+her\s+without|anything\s+helps|god\s+bless\s+you|i'?ll\s+pay\s+you\s+back|estoy\s+varad[oa]|estou\s+presa?|sono\s+bloccat[oa]|ti\s+rid[oò]\s+tutto|te\s+lo\s+devuelvo|je\s+te\s+rembourse|ich\s+zahl(?:e)?\s+(?:es\s+)?dir\s+zur[uü]ck)\b`,
  ],
  // Instant loans with no checks.
  loan: [
    String.raw`\b(?:instant\s+loan|loan\s+approved|get\s+up\s+to\s+\$?[\d,]{1,9}\s+approved|no\s+credit\s+check|need\s+cash\s+fast|pinjaman\s+online|pinjol|tanpa\s+(?:jaminan|bi\s+checking)|cair\s+\d{1,3}\s+menit|pr[eé]stamo\s+(?:r[aá]pido|inmediato|sin\s+aval)|empr[eé]stimo\s+(?:r[aá]pido|sem\s+consulta)|pr[eê]t\s+(?:rapide|sans\s+justificatif)|kredit\s+ohne\s+schufa|prestito\s+(?:veloce|immediato)|instant\s+loan\s+milega)\b`,
  ],
  // Trading mentors, signal groups, bots.
  trading: [
    String.raw`\b(?:trading\s+(?:mentor|coach|signals?|bot|robot|group|platform|account\s+manager)|(?:forex|crypto)\s+(?:mentor|signals?|expert)|signals?\s+group|copy\s+my\s+trades|ai\s+trading|plataforma\s+de\s+(?:trading|inversi[oó]n|investimento|cripto)|rob[oô]\s+(?:de\s+)?trading|bot\s+de\s+trading|trading\s+autom[aá]tico|plateforme\s+de\s+trading|robot\s+de\s+trading|trading-plattform|piattaforma\s+di\s+trading|trading\s+automatico|robot\s+trading|sinyal\s+trading|trading\s+(?:sikhata|sikhaunga))\b`,
    '投資|副業|تداول',
  ],
  // Simple paid tasks: the task scam.
  task: [
    String.raw`\b(?:like\s+(?:youtube\s+)?videos\s+and\s+earn|earn\s+\$?\d{1,5}\s+per\s+(?:like|task|review)|simple\s+tasks|part[-\s]time\s+(?:job|staff|remote)|no\s+experience\s+(?:needed|required)|payment\s+same\s+day|trabajo\s+desde\s+casa|renda\s+extra|tarefas\s+simples|travail\s+[àa]\s+domicile|nebenjob\s+von\s+zu\s+hause|lavoro\s+da\s+casa|kerja\s+sampingan|ghar\s+baithe)\b`,
    'スマホ1台で|スキマ時間',
  ],
  // Gambling promotions.
  gambling: [
    String.raw`\b(?:slot\s+gacor|maxwin|gacor|judi|casino\s+bonus|free\s+spins|apuestas|aposta|paris\s+sportifs|sportwetten|scommesse|deposit\s+\d{1,6}\s?(?:rb|k)?\s+(?:bisa\s+)?wd)\b`,
  ],
  // Canned SEO, web-design and backlink pitches.
  seo: [
    String.raw`\b(?:guest\s+posts?|backlinks?|dofollow|\bda\s+\d{2}\+?|seo\s+(?:audit|errors|report|services)|first\s+page\s+(?:of|on)\s+google|rank(?:ing)?\s+(?:on|in)\s+google|website\s+(?:looks|is)\s+(?:a\s+bit\s+)?outdated|isn'?t\s+mobile[-\s]friendly|rebuild\s+(?:it|your\s+(?:website|site))|(?:real\s+)?(?:active\s+)?followers?\s+(?:in|for)\s+\d)\b`,
  ],
};
