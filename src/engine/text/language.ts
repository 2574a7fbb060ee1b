/**
 * A small language guess, good enough for one decision: may English word lists judge this draft?
 * The browser's own detector (chrome.i18n.detectLanguage) is better when it is available and is
 * passed in as `input.language`; this guess covers the CLI, tests and short drafts.
 */
import { ENGLISH_STOPWORDS } from './stopwords';
import type { Token } from './tokenize';

export interface LanguageGuess {
  code: string;
  english: boolean;
  reliable: boolean;
}

// Function words that are frequent in each language and rare in English text.
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  es: [
    'el',
    'la',
    'los',
    'las',
    'que',
    'de',
    'y',
    'en',
    'un',
    'una',
    'por',
    'para',
    'con',
    'es',
    'tu',
    'hola',
    'gracias',
    'pero',
    'muy',
    'del',
    'se',
    'lo',
    'como',
    'más',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'est',
    'une',
    'un',
    'pour',
    'que',
    'dans',
    'vous',
    'je',
    'pas',
    'merci',
    'bonjour',
    'avec',
    'sur',
    'du',
    'ce',
    'mais',
    'très',
    'nous',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'ich',
    'sie',
    'mit',
    'ein',
    'eine',
    'zu',
    'den',
    'auf',
    'für',
    'danke',
    'hallo',
    'wir',
    'auch',
    'von',
    'dem',
    'sehr',
  ],
  pt: [
    'o',
    'os',
    'as',
    'que',
    'de',
    'e',
    'um',
    'uma',
    'para',
    'com',
    'não',
    'obrigado',
    'olá',
    'você',
    'muito',
    'do',
    'da',
    'em',
    'mas',
    'seu',
    'sua',
  ],
  it: [
    'il',
    'lo',
    'la',
    'gli',
    'che',
    'di',
    'e',
    'un',
    'una',
    'per',
    'con',
    'non',
    'grazie',
    'ciao',
    'sono',
    'del',
    'della',
    'ma',
    'molto',
    'tu',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'ik',
    'je',
    'niet',
    'dat',
    'met',
    'voor',
    'op',
    'dank',
    'hallo',
    'zijn',
    'maar',
    'ook',
    'wij',
  ],
  id: [
    'dan',
    'yang',
    'di',
    'ini',
    'itu',
    'untuk',
    'dengan',
    'tidak',
    'saya',
    'kamu',
    'anda',
    'terima',
    'kasih',
    'apa',
    'ada',
    'dari',
    'ke',
    'kak',
    'aku',
    'nggak',
    'gak',
    'bisa',
    'sudah',
    'udah',
    'juga',
    'mau',
    'aja',
    'dong',
    'sih',
    'kok',
    'belum',
    'sama',
    'lagi',
    'mohon',
    'kakak',
    'banget',
  ],
  // Hindi written in Latin letters (Hinglish): particles, pronouns and auxiliaries.
  hi: [
    'hai',
    'hain',
    'ka',
    'ki',
    'ke',
    'ko',
    'se',
    'mein',
    'aap',
    'aapka',
    'aapki',
    'aapke',
    'kya',
    'nahi',
    'nahin',
    'bhi',
    'kar',
    'karo',
    'toh',
    'kab',
    'kaise',
    'bhai',
    'yeh',
    'ye',
    'woh',
    'hum',
    'humne',
    'kijiye',
    'dijiye',
    'mera',
    'meri',
    'mere',
    'tera',
    'raha',
    'rahi',
    'gaya',
    'gayi',
    'hoga',
    'accha',
    'haan',
    'wala',
    'liye',
    'aur',
  ],
  tr: [
    've',
    'bir',
    'bu',
    'için',
    'ile',
    'değil',
    'merhaba',
    'teşekkürler',
    'çok',
    'ben',
    'sen',
    'de',
    'da',
    'ne',
    'mi',
  ],
};
const FUNCTION_SETS: readonly [string, ReadonlySet<string>][] = Object.entries(FUNCTION_WORDS).map(
  ([k, v]) => [k, new Set(v)],
);
/** A draft's language shows in its first few hundred words; long pastes need not be read whole. */
const SAMPLE_TOKENS = 400;

/** Scripts that mostly belong to one language, counted character by character. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Greek}/u, 'el'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'kana'],
  [/\p{Script=Han}/u, 'han'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
];
const LATIN = /\p{Script=Latin}/u;
/** Characters read to tell the script: enough for any DM's language. */
const SAMPLE_CHARS = 2_000;

/**
 * Letters per script in the draft's opening. Mixed words (Latin with Cyrillic look-alikes) are
 * obfuscation, not a language: a Cyrillic letter inside a Latin word counts as Latin.
 */
function scriptCounts(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  /** ASCII letters, added to the Latin count at the end. */
  let latin = 0;
  let read = 0;
  for (const t of tokens) {
    if (read > SAMPLE_CHARS) break;
    read += t.raw.length;
    let latinWord: boolean | undefined;
    for (const ch of t.raw) {
      // ASCII answers without a regex: its letters are Latin, the rest is not a letter.
      const c = ch.charCodeAt(0);
      if (c < 0x80) {
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
        continue;
      }
      if (!/\p{L}/u.test(ch)) continue;
      let s = 'other';
      if (LATIN.test(ch)) s = 'latin';
      else {
        latinWord ??= LATIN.test(t.raw);
        for (const [re, code] of SCRIPTS) {
          if (re.test(ch)) {
            s = code;
            break;
          }
        }
        if (latinWord && (s === 'ru' || s === 'el')) s = 'latin';
      }
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  if (latin > 0) counts.set('latin', (counts.get('latin') ?? 0) + latin);
  return counts;
}

export function guessLanguage(all: readonly Token[], hint?: string): LanguageGuess {
  if (hint) {
    const code = hint.toLowerCase().split(/[-_]/)[0] ?? 'und';
    return { code, english: code === 'en', reliable: true };
  }
  const tokens = all.length > SAMPLE_TOKENS ? all.slice(0, SAMPLE_TOKENS) : all;
  const scripts = scriptCounts(tokens);
  let total = 0;
  for (const n of scripts.values()) total += n;
  if (total === 0) return { code: 'und', english: true, reliable: false };
  const share = (s: string) => (scripts.get(s) ?? 0) / total;
  // Japanese mixes kanji and kana, and often Latin brand names: any real share of kana is Japanese.
  const cjk = share('kana') + share('han');
  if (share('kana') >= 0.05 && cjk >= 0.3)
    return { code: 'ja', english: false, reliable: total >= 10 };
  if (share('han') >= 0.3) return { code: 'zh', english: false, reliable: total >= 10 };
  for (const [, code] of SCRIPTS) {
    if (code === 'kana' || code === 'han') continue;
    if (share(code) >= 0.3) return { code, english: false, reliable: total >= 10 };
  }
  const words = tokens.filter((t) => /\p{L}/u.test(t.raw));
  let en = 0;
  const other: Record<string, number> = {};
  for (const t of words) {
    if (ENGLISH_STOPWORDS.has(t.norm)) en++;
    for (const [code, set] of FUNCTION_SETS) {
      if (set.has(t.norm)) other[code] = (other[code] ?? 0) + 1;
    }
  }
  let best = 'en';
  let bestCount = en;
  for (const [code, n] of Object.entries(other)) {
    // Another language must clearly beat English: "a", "de", "me" are shared words.
    if (n > bestCount * 1.5 && n >= 2) {
      best = code;
      bestCount = n;
    }
  }
  const reliable = words.length >= 6;
  return { code: best, english: best === 'en', reliable };
}
