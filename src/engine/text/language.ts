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

// Dominant script → language code for scripts that mostly belong to one language family.
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Han}/u, 'zh'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Thai}/u, 'th'],
];

function scriptOf(word: string): string | null {
  if (/^[\p{Script=Latin}\p{N}'’_-]+$/u.test(word)) return 'latin';
  for (const [re, code] of SCRIPTS) {
    // A word written wholly in one script belongs to it; a mixed word (Latin + Cyrillic
    // lookalikes) is obfuscation, not a language, and is left out of the count.
    if (re.test(word) && [...word].every((ch) => re.test(ch) || /[\p{N}'’_-]/u.test(ch)))
      return code;
  }
  return null;
}

export function guessLanguage(all: readonly Token[], hint?: string): LanguageGuess {
  if (hint) {
    const code = hint.toLowerCase().split(/[-_]/)[0] ?? 'und';
    return { code, english: code === 'en', reliable: true };
  }
  const tokens = all.length > SAMPLE_TOKENS ? all.slice(0, SAMPLE_TOKENS) : all;
  const scripts = new Map<string, number>();
  for (const t of tokens) {
    const s = scriptOf(t.raw);
    if (s) scripts.set(s, (scripts.get(s) ?? 0) + t.raw.length);
  }
  let top = 'latin';
  let topCount = -1;
  let total = 0;
  for (const [s, n] of scripts) {
    total += n;
    if (n > topCount) {
      top = s;
      topCount = n;
    }
  }
  if (total === 0) return { code: 'und', english: true, reliable: false };
  if (top !== 'latin') {
    // Japanese text mixes Han with kana; kana anywhere means Japanese.
    const code = top === 'zh' && scripts.has('ja') ? 'ja' : top;
    return { code, english: false, reliable: topCount / total > 0.6 };
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
