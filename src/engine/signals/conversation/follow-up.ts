import type { Detector, Finding } from '../../detector';

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

/** Another message after several that got no reply reads as pushy. Judged on the thread only. */
export const followUpDetector: Detector = {
  name: 'follow-up-unanswered',
  signals: [
    {
      id: 'follow-up-unanswered',
      axis: 'spam',
      summary: 'You already sent two or more messages in this thread and they have not replied.',
    },
  ],
  run(a): Finding[] {
    const run = unansweredRun(a.input.messages ?? []);
    const never = a.context.theirMessages === 0;
    // Two unanswered messages from a stranger's point of view is already a lot; after a reply,
    // three in a row before they answer again.
    if (run < (never ? 2 : 3)) return [];
    const heavy = run >= (never ? 3 : 4);
    return [
      {
        id: 'follow-up-unanswered',
        axis: 'spam',
        severity: heavy ? 'high' : 'medium',
        weight: (heavy ? 40 : 25) * (never ? 1 : 0.6),
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
