/** English function words: ignored for overlap and used to tell English from other languages. */
import { eng } from 'stopword';

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([
  ...eng,
  // Chat words the list lacks; they carry no topic.
  'hi',
  'hey',
  'hello',
  'thanks',
  'thank',
  'pls',
  'please',
  'u',
  'ur',
  'im',
  "i'm",
  'ok',
  'okay',
  'yeah',
  'yes',
  'just',
  'really',
  'also',
  'get',
  'got',
  'would',
  'could',
  'like',
  'one',
]);
