/** Content stems of a text for overlap between messages, in any of the languages Worthy reads. */
import { FUNCTION_WORDS } from '../../text/function-words';
import type { Token } from '../../text/tokenize';

/**
 * Distinct stems of the tokens that carry content: not function words of any supported
 * language, not one letter, not pure digits. Words in unspaced scripts (Japanese) arrive as long
 * runs; their two-character pieces stand in for words.
 */
export function contentStems(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.norm.length < 2 || FUNCTION_WORDS.has(t.norm) || /^\d+$/.test(t.norm)) continue;
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(t.norm)) {
      for (let i = 0; i + 2 <= t.norm.length && i < 200; i++) out.add(t.norm.slice(i, i + 2));
      continue;
    }
    out.add(t.stem.length > 5 && !/^[a-z]+$/.test(t.stem) ? t.stem.slice(0, 5) : t.stem);
  }
  return out;
}
