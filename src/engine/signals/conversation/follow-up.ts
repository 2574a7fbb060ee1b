/**
 * Chasing: another message after ones they have not answered. One polite follow-up is normal;
 * each further one weighs more, and pressure ("I really need to know today") more still.
 */
import type { Detector } from '../../detector';
import { wordRegExp } from './boundary';

/** My messages since their last reply (all of mine when they never replied). */
export function unansweredRun(messages: readonly { from: 'me' | 'them'; text: string }[]): number {
  let n = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.text.trim() === '') continue;
    if (m.from === 'them') break;
    n++;
  }
  return n;
}

/** Deadlines and nudges in the languages of the data. */
const PRESSURE = wordRegExp(
  [
    String.raw`\b(?:again|still\s+(?:no|waiting)|any\s+(?:news|update|thoughts)|by\s+(?:today|tonight|tomorrow|end\s+of\s+day|eod)|today|asap|urgent(?:ly)?|really\s+need|last\s+(?:try|chance)|bumping|circling\s+back|following\s+up|did\s+you\s+(?:see|get)|lock\s+this\s+in)\b`,
    String.raw`\b(?:otra\s+vez|de\s+nuevo|todav[ií]a|hoy|urgente|de\s+novo|ainda|hoje|toujours\s+pas|encore|aujourd'?hui|vraiment\s+besoin|urgent|noch\s+einmal|immer\s+noch|heute|dringend|ancora|oggi|urgente|lagi|masih|hari\s+ini|segera|phir\s+se|abhi\s+tak|aaj)\b`,
    '至急|まだ|今日中|مرة أخرى|عاجل|اليوم',
  ],
  'iu',
);

export const followUpDetector: Detector = {
  name: 'follow-up-unanswered',
  signals: ['follow-up-unanswered'],
  run(a) {
    // A business sending a customer several updates in a row is serving, not chasing; the
    // labelling guide's chasing rules are for conversations and cold outreach.
    if (a.context.kind === 'customer-initiated') return [];
    const run = unansweredRun(a.input.messages ?? []);
    // The draft would be message run + 1: the first follow-up (run 1) is fine, the second with
    // pressure is pushy, a fourth message with no answer is spam (the labelling guide's lines).
    if (run < 1) return [];
    const pressure = PRESSURE.test(a.draft.slice(0, 5_000)) ? 0.5 : 0;
    // 2nd unanswered → 1, 3rd → 2.5, 4th and later → 3.5: the guide's "fourth or later" is hold.
    const value =
      (run === 1 ? 0 : run === 2 ? 1 : run === 3 ? 2.5 : 3.5) + (run >= 2 ? pressure : 0);
    if (value <= 0) return [];
    const never = a.context.theirMessages === 0;
    return [
      {
        id: 'follow-up-unanswered',
        value,
        message: a.t(
          never
            ? 'signal_follow_up_unanswered_message_never'
            : 'signal_follow_up_unanswered_message_since',
          [run],
        ),
        evidence: [],
        suggestion: a.t('signal_follow_up_unanswered_suggestion'),
      },
    ];
  },
};
