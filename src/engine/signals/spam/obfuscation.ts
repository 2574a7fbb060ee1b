/**
 * Obfuscation: writing words so filters miss them. Mixed-script words (Latin with Cyrillic or
 * Greek look-alikes), fancy Unicode letters, leetspeak spam words, hidden characters and
 * spaced-out letters. Language-independent: it looks at how words are written, not which.
 */
import { confusablesMap } from 'confusables';
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { foldedOf } from '../../text/fold';
import { linksOf } from '../../text/links';
import { ENGLISH_STOPWORDS } from '../../text/stopwords';
import { GREETING_LISTS, PUSHY_LISTS } from './lexicon';
import { hitOf, quoteList } from './util';
import { wordsOf } from './words';

const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPT =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
const LETTER = /\p{L}/u;

// Mathematical alphanumerics, full-width letters and digits, circled/parenthesised/squared
// letters, small capitals. Regional-indicator flags (U+1F1E6..) are emoji, not letters.
const FANCY =
  /[\u{1D400}-\u{1D7FF}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u24B6-\u24E9\u249C-\u24B5\u{1F110}-\u{1F189}\u1D00-\u1D2B\uA730-\uA7FF]+/gu;

// Invisible characters used to split words. ZWJ counts only between letters (it is part of
// emoji sequences); LRM/RLM are ordinary in right-to-left text and do not count.
// A byte-order mark counts only inside a word: copied text often carries a stray one at an end
// (the YouTube corpus ends many comments with one), which splits nothing.
const HIDDEN =
  /\u034F|[\u200B\u200C\u2060-\u2064\u00AD\u180E\u115F\u1160\u3164\uFFA0\u202D\u202E]|(?<=\p{L})[\u200D\uFEFF](?=\p{L})/gu;

/** Spam words a leetspeak reading must land on (stopwords excluded: `w1ll` is not spam). */
const LEET_VOCAB = new Set<string>();
for (const list of [...Object.values(PUSHY_LISTS), ...Object.values(GREETING_LISTS)]) {
  for (const line of list.phrases) {
    for (const w of line.replace(/=\d+$/, '').split(/[|\s]+/)) {
      if (w.length >= 3 && /^[a-z]+$/.test(w) && !ENGLISH_STOPWORDS.has(w)) LEET_VOCAB.add(w);
    }
  }
}
for (const w of [
  'free',
  'money',
  'cash',
  'sex',
  'sexy',
  'porn',
  'nude',
  'nudes',
  'click',
  'win',
  'winner',
  'crypto',
  'bitcoin',
  'loan',
  'casino',
  'bet',
  'deal',
  'sale',
  'offer',
  'gift',
  'bonus',
  'profit',
  'invest',
  'followers',
  'likes',
  'verify',
  'account',
  'password',
  'login',
  'claim',
  'prize',
  'link',
  'bio',
  'dm',
]) {
  LEET_VOCAB.add(w);
}

interface Range {
  start: number;
  end: number;
}

/** Does every letter of `word` map to an ASCII letter through the confusables table? */
function looksLatin(word: string): boolean {
  for (const ch of word) {
    if (!LETTER.test(ch)) continue;
    const m = confusablesMap.get(ch);
    if (!m || !/^[a-z]+$/i.test(m)) return false;
  }
  return true;
}

export const obfuscationDetector: Detector = {
  name: 'obfuscation',
  signals: [
    'mixed-script-word',
    'fancy-letters',
    'leetspeak',
    'hidden-characters',
    'spaced-out-letters',
  ],
  run(a: Analysis): Hit[] {
    const out: Hit[] = [];
    const d = a.draft;
    const ascii = !/[^\x00-\x7F]/.test(d);

    if (!ascii) {
      // Latin-dominant drafts: a wholly Cyrillic/Greek word that reads as Latin is a disguise too.
      let latin = 0;
      let letters = 0;
      for (const t of a.tokens) {
        for (const ch of t.raw) {
          if (LETTER.test(ch)) {
            letters++;
            if (LATIN.test(ch)) latin++;
          }
        }
      }
      const latinDominant = letters > 0 && latin / letters >= 0.7;
      const mixed: Range[] = [];
      for (const t of a.tokens) {
        if (!LOOKALIKE_SCRIPT.test(t.raw)) continue;
        const hasLatin = LATIN.test(t.raw);
        if (
          (hasLatin || (latinDominant && t.raw.length >= 3)) &&
          looksLatin(t.raw.replace(/\p{Script=Latin}/gu, ''))
        ) {
          mixed.push({ start: t.start, end: t.end });
        }
      }
      if (mixed.length) {
        out.push(
          hitOf(a, {
            id: 'mixed-script-word',
            scale: Math.min(45, 30 + 5 * (mixed.length - 1)),
            message: a.t('signal_mixed_script_word_message', [
              quoteList(
                a.t,
                mixed.map((r) => d.slice(r.start, r.end)),
              ),
            ]),
            ranges: mixed,
            suggestion: a.t('signal_mixed_script_word_suggestion'),
          }),
        );
      }

      const fancy: Range[] = [];
      let fancyChars = 0;
      FANCY.lastIndex = 0;
      for (const m of d.matchAll(FANCY)) {
        fancy.push({ start: m.index, end: m.index + m[0].length });
        fancyChars += [...m[0]].length;
      }
      if (fancyChars >= 3) {
        out.push(
          hitOf(a, {
            id: 'fancy-letters',
            scale: fancyChars >= 12 ? 22 : 16,
            message: a.t('signal_fancy_letters_message', [
              quoteList(
                a.t,
                fancy.map((r) => d.slice(r.start, r.end)),
              ),
            ]),
            ranges: fancy,
            suggestion: a.t('signal_fancy_letters_suggestion'),
          }),
        );
      }

      const hidden: Range[] = [];
      let hiddenCount = 0;
      HIDDEN.lastIndex = 0;
      for (const m of d.matchAll(HIDDEN)) {
        if (m.index === 0 && m[0] === '\uFEFF') continue;
        hiddenCount++;
        // Evidence for the first few is enough to find them; the count covers the rest.
        if (hidden.length >= 50) continue;
        // Point at the word around the invisible character, so the user can find it.
        let s = m.index;
        let e = m.index + m[0].length;
        while (s > 0 && !/\s/.test(d[s - 1]!) && m.index - s < 30) s--;
        while (e < d.length && !/\s/.test(d[e]!) && e - m.index < 30) e++;
        hidden.push({ start: s, end: e });
      }
      if (hidden.length) {
        out.push(
          hitOf(a, {
            id: 'hidden-characters',
            scale: hiddenCount >= 2 ? 28 : 20,
            message: a.t(
              hiddenCount > 1
                ? 'signal_hidden_characters_message_other'
                : 'signal_hidden_characters_message_one',
              [hiddenCount],
            ),
            ranges: hidden,
            suggestion: a.t('signal_hidden_characters_suggestion'),
          }),
        );
      }
    }

    const words = wordsOf(a);
    const links = linksOf(a);
    const inLink = (s: number, e: number) => links.some((l) => l.start <= s && e <= l.end);
    const leet: Range[] = [];
    const spaced: Range[] = [];
    const f = foldedOf(a);
    for (const w of words) {
      if (w.spaced) {
        spaced.push({ start: f.map[w.start]!, end: f.ends[w.end - 1]! });
        continue;
      }
      if (!w.leet) continue;
      const hit = w.forms.slice(w.plain).some((x) => LEET_VOCAB.has(x));
      if (!hit || w.forms.slice(0, w.plain).some((x) => LEET_VOCAB.has(x))) continue;
      const r = { start: f.map[w.start]!, end: f.ends[w.end - 1]! };
      if (!inLink(r.start, r.end)) leet.push(r);
    }
    if (leet.length) {
      out.push(
        hitOf(a, {
          id: 'leetspeak',
          scale: Math.min(36, 18 + 6 * (leet.length - 1)),
          message: a.t('signal_leetspeak_message', [
            quoteList(
              a.t,
              leet.map((r) => d.slice(r.start, r.end)),
            ),
          ]),
          ranges: leet,
          suggestion: a.t('signal_leetspeak_suggestion'),
        }),
      );
    }
    if (spaced.length) {
      out.push(
        hitOf(a, {
          id: 'spaced-out-letters',
          scale: Math.min(30, 18 + 6 * (spaced.length - 1)),
          message: a.t('signal_spaced_out_letters_message', [
            quoteList(
              a.t,
              spaced.map((r) => d.slice(r.start, r.end)),
            ),
          ]),
          ranges: spaced,
          suggestion: a.t('signal_spaced_out_letters_suggestion'),
        }),
      );
    }
    return out;
  },
};
