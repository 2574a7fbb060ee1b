/**
 * Asking too much of a stranger in the first message: a call, their phone number or WhatsApp, a
 * retweet, a review, their salary. Fine later in a conversation; in a cold opener it reads as
 * pressure (the labelling guide's "asks too much too soon").
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit } from '../../detector';
import { wordRegExp } from '../conversation/boundary';

const EARLY_ASK = wordRegExp(
  [
    String.raw`\b(?:(?:hop|jump|get)\s+on\s+a\s+(?:quick\s+)?(?:\d{1,6}[-\s]?min(?:ute)?s?\s+)?(?:call|zoom|meet)|(?:can|could)\s+(?:we|you|i)\s+(?:have|do|hop\s+on|jump\s+on|set\s+up|book|schedule|grab)\s+a\s+(?:quick\s+)?(?:\d{1,6}[-\s]?min(?:ute)?s?\s+)?(?:call|meeting|zoom|chat)|give\s+me\s+a\s+(?:ring|call)|(?:send|share|drop)\s+(?:me\s+)?your\s+(?:number|phone|whatsapp|cell)|what(?:'s|\s+is)\s+your\s+(?:number|whatsapp|phone|cell|email)|(?:would|could|can)\s+you\s+(?:rt|retweet|share|repost|review|rate|boost)|(?:rt|retweet)(?:ing)?\s+(?:the|my|our)|leave\s+(?:a|me\s+a)\s+(?:\d\s?(?:⭐|stars?)\s+)?(?:review|rating)|current\s+salary|notice\s+period|calendly)\b`,
    String.raw`\b(?:una\s+llamada|(?:me\s+)?(?:pasas|das)\s+tu\s+(?:whatsapp|n[uú]mero|tel[eé]fono)|agendar\s+una\s+(?:llamada|reuni[oó]n)|(?:uma\s+)?liga[cç][aã]o|me\s+passa\s+(?:o\s+)?seu\s+(?:whatsapp|n[uú]mero|zap)|marcar\s+uma\s+(?:call|liga[cç][aã]o|reuni[aã]o)|un\s+appel|(?:ton|votre)\s+(?:num[eé]ro|whatsapp)|einen?\s+(?:call|anruf|telefonat)|(?:deine|ihre)\s+(?:nummer|handynummer|telefonnummer)|una\s+chiamata|il\s+tuo\s+numero|nomor\s+(?:wa|whatsapp|hp)\s+(?:kakak|kamu|kak)|apna\s+(?:whatsapp|number|phone)|whatsapp\s+number\s+share|call\s+pe\s+baat)\b`,
    'LINEのID|電話で|通話|رقمك|مكالمة',
  ],
  'giu',
);

export const earlyAskDetector: Detector = {
  name: 'early-ask',
  signals: ['big-ask-first'],
  run(a: Analysis): Hit[] {
    if (a.context.kind !== 'cold') return [];
    const d = a.draft.length > 10_000 ? a.draft.slice(0, 10_000) : a.draft;
    EARLY_ASK.lastIndex = 0;
    const found = [...d.matchAll(EARLY_ASK)].map((m) =>
      evidence(a.draft, m.index, m.index + m[0].length),
    );
    if (found.length === 0) return [];
    return [
      {
        id: 'big-ask-first',
        value: 1,
        message: a.t('signal_big_ask_first_message'),
        evidence: found.slice(0, 3),
        suggestion: a.t('signal_big_ask_first_suggestion'),
      },
    ];
  },
};
