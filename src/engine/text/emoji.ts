/**
 * Emoji as whole sequences (ZWJ families, skin tones, flags, keycaps count once), with their
 * draft ranges. Uses `emoji-regex-xs`, which relies on the JS engine's own Unicode data.
 */
import emojiRegex from 'emoji-regex-xs';
import type { Analysis } from '../analysis';

export interface EmojiMatch {
  start: number;
  end: number;
  text: string;
}

const EMOJI = emojiRegex();
// Cheap pre-check: no emoji is possible without one of these code point ranges.
const MAYBE_EMOJI = /[\u00A9\u00AE\u203C-\u3299\uD83C-\uDBFF]|\d\uFE0F?\u20E3|[#*]\uFE0F?\u20E3/;

/** Every emoji sequence in `text`, in order. */
export function findEmoji(text: string): EmojiMatch[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  const out: EmojiMatch[] = [];
  EMOJI.lastIndex = 0;
  for (const m of text.matchAll(EMOJI)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The draft's emoji, computed once per analysis. */
export function emojiOf(a: Analysis): EmojiMatch[] {
  return a.memo('text/emoji', () => findEmoji(a.draft));
}
