/** Shouting: capitals, exclamation runs, walls of emoji and stretched characters. */
import type { Analysis } from '../../analysis';
import type { Detector, Hit } from '../../detector';
import { emojiOf } from '../../text/emoji';
import { hitOf } from './util';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const EXCLAIM_RUN = /[!！¡]{2,}|(?:[!！][?？]|[?？][!！])[!?！？]*/g;
const REPEATED = /(\p{L})\1{3,}|([$€£*#+])\2{2,}/gu;

interface Range {
  start: number;
  end: number;
}

export const shoutingDetector: Detector = {
  name: 'shouting',
  signals: ['all-caps', 'exclamation-run', 'emoji-wall', 'repeated-characters'],
  run(a: Analysis): Hit[] {
    const out: Hit[] = [];
    const d = a.draft;

    // Capitals: count cased letters; all-caps words of 3 letters or fewer are acronyms.
    let cased = 0;
    let upperInLong = 0;
    const shouted: Range[] = [];
    for (const t of a.tokens) {
      let up = 0;
      let low = 0;
      const raw = t.raw;
      for (let k = 0; k < raw.length; k++) {
        const c = raw.charCodeAt(k);
        if (c >= 65 && c <= 90) up++;
        else if (c >= 97 && c <= 122) low++;
        else if (c >= 0x80) {
          const ch = raw[k]!;
          if (UPPER.test(ch)) up++;
          else if (LOWER.test(ch)) low++;
        }
      }
      cased += up + low;
      if (up >= 4 && low === 0) {
        upperInLong += up;
        shouted.push({ start: t.start, end: t.end });
      }
    }
    // One capitalised word of four letters is usually an acronym (NASA); five or more, or two
    // words, is emphasis.
    if (shouted.length >= 2 || (shouted.length === 1 && shouted[0]!.end - shouted[0]!.start >= 5)) {
      const share = cased ? upperInLong / cased : 0;
      let w = 0;
      if (cased >= 12 && share >= 0.6) w = 16;
      else if (cased >= 12 && share >= 0.35) w = 10;
      else w = Math.min(12, 3 + 3 * (shouted.length - 1));
      out.push(
        hitOf(a, {
          id: 'all-caps',
          scale: w,
          message:
            w >= 10
              ? a.t('signal_all_caps_message_share', [Math.round(share * 100)])
              : shouted.length === 1
                ? a.t('signal_all_caps_message_one')
                : a.t('signal_all_caps_message_other', [shouted.length]),
          ranges: shouted,
          suggestion: a.t('signal_all_caps_suggestion'),
        }),
      );
    }

    const runs: Range[] = [];
    let runWeight = 0;
    EXCLAIM_RUN.lastIndex = 0;
    for (const m of d.matchAll(EXCLAIM_RUN)) {
      runs.push({ start: m.index, end: m.index + m[0].length });
      runWeight += m[0].length >= 3 ? 7 : 4;
    }
    let bangs = 0;
    for (let i = 0; i < d.length; i++) if (d.charCodeAt(i) === 33) bangs++;
    if (runs.length || bangs >= 4) {
      const w = Math.min(18, Math.max(runWeight, bangs >= 4 ? 5 : 0));
      const ranges: Range[] = runs.length ? runs : [];
      if (!runs.length)
        for (let i = 0; i < d.length; i++) if (d[i] === '!') ranges.push({ start: i, end: i + 1 });
      out.push(
        hitOf(a, {
          id: 'exclamation-run',
          scale: w,
          message: runs.length
            ? a.t('signal_exclamation_run_message_stacked')
            : a.t('signal_exclamation_run_message_count', [bangs]),
          ranges,
          suggestion: a.t('signal_exclamation_run_suggestion'),
        }),
      );
    }

    const emoji = emojiOf(a);
    if (emoji.length >= 4) {
      // Walls: four or more emoji in a row, with only spaces between.
      const walls: Range[] = [];
      let i = 0;
      while (i < emoji.length) {
        let j = i;
        while (
          j + 1 < emoji.length &&
          emoji[j + 1]!.start - emoji[j]!.end <= 3 &&
          /^\s*$/.test(d.slice(emoji[j]!.end, emoji[j + 1]!.start))
        )
          j++;
        if (j - i + 1 >= 4) walls.push({ start: emoji[i]!.start, end: emoji[j]!.end });
        i = j + 1;
      }
      const words = a.tokens.length;
      const dense = emoji.length >= 6 && emoji.length / (emoji.length + words) >= 0.25;
      if (walls.length || dense) {
        const w = Math.min(22, 8 + 2 * (emoji.length - 4));
        out.push(
          hitOf(a, {
            id: 'emoji-wall',
            scale: w,
            message: a.t(
              walls.length ? 'signal_emoji_wall_message_row' : 'signal_emoji_wall_message',
              [emoji.length],
            ),
            ranges: walls.length ? walls : emoji,
            suggestion: a.t('signal_emoji_wall_suggestion'),
          }),
        );
      }
    }

    const reps: Range[] = [];
    let money = false;
    REPEATED.lastIndex = 0;
    for (const m of d.matchAll(REPEATED)) {
      reps.push({ start: m.index, end: m.index + m[0].length });
      if (m[2]) money = true;
    }
    if (reps.length) {
      out.push(
        hitOf(a, {
          id: 'repeated-characters',
          scale: money ? 10 : Math.min(8, 3 + reps.length),
          message: a.t('signal_repeated_characters_message'),
          ranges: reps,
        }),
      );
    }
    return out;
  },
};
