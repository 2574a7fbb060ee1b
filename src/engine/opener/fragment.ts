/**
 * The words of theirs an opener quotes: one sentence of a post, a bio or a question, without
 * links, @handles, hashtags' signs or emoji, cut to a few words at a word boundary. Quoting their
 * own words is what makes each line theirs: no two recipients get the same opener.
 */
import { ENGLISH_STOPWORDS } from '../text/stopwords';

export interface Fragment {
  text: string;
  /** The sentence asked something (it ended with a question mark). */
  question: boolean;
}

/** Long enough to be recognisably theirs, short enough to sit inside one line. */
export const MAX_WORDS = 10;
const MIN_WORDS = 3;
const MAX_CHARS = 80;

const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const MENTION = /(^|[\s(])@\w{1,15}\b/gu;
const HASH = /#(?=\p{L})/gu;
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/gu;
const SENTENCE = /[^.!?…\n]+[.!?…]*/gu;
const EDGE = /^[\s"'“”‘’«»()[\]\-–—:;,]+|[\s"'“”‘’«»()[\]\-–—:;,.!?…]+$/gu;
const WORD = /\p{L}/u;
/** A greeting opening their sentence ("Hi, my order…") is not what they said. */
const GREETING = /^(?:hi|hey|hello|hiya|dear|yo)\b[\s,!.:-]*/iu;

function clean(text: string): string {
  return text
    .replace(LINK, ' ')
    .replace(MENTION, '$1')
    .replace(HASH, '')
    .replace(EMOJI, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/ ([,.;:!?])/gu, '$1')
    .trim();
}

const isFiller = (w: string) =>
  ENGLISH_STOPWORDS.has(w.toLocaleLowerCase().replace(/[^\p{L}']/gu, ''));

/** The first `MAX_WORDS` words, never ending on a function word ("the", "of", "and"). */
function cut(words: string[]): string[] {
  const out = words.slice(0, MAX_WORDS);
  while (out.length > MIN_WORDS && isFiller(out[out.length - 1]!)) out.pop();
  while (out.join(' ').length > MAX_CHARS && out.length > MIN_WORDS) out.pop();
  return out;
}

/** Quotable sentences of `text`, in order; none when it has no sentence of a few real words. */
export function fragments(text: string): Fragment[] {
  const out: Fragment[] = [];
  for (const m of clean(text).matchAll(SENTENCE)) {
    const raw = m[0].trim();
    const question = /\?\s*$/u.test(raw);
    const words = raw.replace(EDGE, '').replace(GREETING, '').split(' ').filter(Boolean);
    if (words.filter((w) => WORD.test(w)).length < MIN_WORDS) continue;
    const kept = cut(words);
    const body = kept.join(' ').replace(EDGE, '');
    if (body.length > MAX_CHARS || !WORD.test(body)) continue;
    out.push({ text: body, question: question && kept.length === words.length });
  }
  return out;
}

/** A first name to greet with: the name's first word when it is a plain word, else none. */
export function firstName(name: string | undefined): string | null {
  const first = name?.trim().split(/\s+/u)[0] ?? '';
  return /^\p{L}[\p{L}'’-]{0,19}$/u.test(first) ? first : null;
}
