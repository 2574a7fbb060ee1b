/**
 * What is never service, whoever started the thread: asking for credentials or payment,
 * documents in a DM, insulting or threatening the person, moving a customer's problem to a
 * personal app. Every check here runs in every language the lexicon covers.
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit } from '../../detector';
import { asksOf } from '../conversation/asks';
import { wordRegExp } from '../conversation/boundary';
import { appMentions } from '../spam/off-platform';
import { CONDESCENDING, HOSTILE } from './lexicon';
import { credentialHits, paymentHits } from './requests';

const hostile = wordRegExp(HOSTILE, 'giu');
const condescending = wordRegExp(CONDESCENDING, 'giu');

function toneHits(a: Analysis): Hit[] {
  const d = a.draft.length > 20_000 ? a.draft.slice(0, 20_000) : a.draft;
  const find = (re: RegExp) => {
    re.lastIndex = 0;
    return [...d.matchAll(re)].map((m) => evidence(a.draft, m.index, m.index + m[0].length));
  };
  const harsh = find(hostile);
  const rude = find(condescending);
  if (harsh.length === 0 && rude.length === 0) return [];
  return [
    {
      id: 'hostile-tone',
      // Contempt a competent editor would cut is fixable; insults and threats are not.
      value: harsh.length ? 1.5 : 0.6,
      message: a.t('signal_hostile_tone_message'),
      evidence: [...harsh, ...rude].sort((x, y) => x.start - y.start).slice(0, 6),
      suggestion: a.t('signal_hostile_tone_suggestion'),
    },
  ];
}

/**
 * A customer wrote in about their problem and the reply moves it to a messaging app or a
 * personal number they did not ask for: the refund-by-WhatsApp pattern, and needless friction
 * even when genuine.
 */
function offPlatformSupport(a: Analysis): Hit[] {
  if (a.context.kind !== 'customer-initiated') return [];
  const kinds = asksOf(a).kinds;
  if (kinds.has('phone')) return [];
  const apps = appMentions(a);
  if (apps.length === 0) return [];
  return [
    {
      id: 'support-off-platform',
      value: 1,
      message: a.t('signal_support_off_platform_message'),
      evidence: apps.map((x) => evidence(a.draft, x.start, x.end)),
      suggestion: a.t('signal_support_off_platform_suggestion'),
    },
  ];
}

export const safetyDetector: Detector = {
  name: 'never-service',
  signals: [
    'asks-for-credentials',
    'asks-for-personal-data',
    'asks-for-payment',
    'hostile-tone',
    'support-off-platform',
  ],
  run: (a) => [...credentialHits(a), ...paymentHits(a), ...toneHits(a), ...offPlatformSupport(a)],
};
