import { expect, test } from 'vitest';
import { findEmoji } from '../../../src/engine/text/emoji';

test('emoji sequences are whole, with ranges', () => {
  const s = 'hi 👍🏽 🇺🇸 1️⃣ 👨‍👩‍👧 ok 🚀🚀';
  const found = findEmoji(s);
  expect(found.map((e) => e.text)).toEqual(['👍🏽', '🇺🇸', '1️⃣', '👨‍👩‍👧', '🚀', '🚀']);
  for (const e of found) expect(s.slice(e.start, e.end)).toBe(e.text);
});

test('no emoji in plain text or digits', () => {
  expect(findEmoji('Meet at 3pm, room 12 #5')).toEqual([]);
});
