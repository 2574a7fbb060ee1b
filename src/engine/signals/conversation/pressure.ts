/**
 * Pressure the other person did not ask for: an ultimatum ("a yes or no in the next 2 hours or
 * we give the spot away"), and a reply in a language other than the one they wrote in.
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit } from '../../detector';
import { guessLanguage } from '../../text/language';
import { tokenize } from '../../text/tokenize';
import { wordRegExp } from './boundary';

const ULTIMATUM = wordRegExp(
  [
    String.raw`\b(?:(?:in|within)\s+the\s+next\s+\d{1,6}\s+(?:hours?|minutes?|mins?)|by\s+(?:tonight|tomorrow|midnight|end\s+of\s+(?:day|today)|eod)\s+or|or\s+(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+(?:have\s+to\s+)?(?:give|offer|move|pass|release)|need\s+(?:a|an|your)\s+(?:yes\s+or\s+no|answer|decision)\s+(?:by|within|in|today|tonight)|today\s+only|last\s+chance|expires?\s+(?:tonight|today|at\s+midnight))\b`,
    String.raw`\b(?:en\s+las\s+pr[oó]ximas\s+\d{1,6}\s+horas|o\s+tendr(?:é|emos)\s+que|nas\s+pr[oó]ximas\s+\d{1,6}\s+horas|ou\s+(?:vou|vamos)\s+ter\s+que|dans\s+les\s+\d{1,6}\s+prochaines\s+heures|sinon\s+(?:je|nous|on)|in\s+den\s+n[aä]chsten\s+\d{1,6}\s+stunden|sonst\s+(?:muss|m[uü]ssen)|entro\s+(?:stasera|le\s+prossime\s+\d{1,6}\s+ore)|altrimenti|dalam\s+\d{1,6}\s+jam|kalau\s+tidak|warna\s+(?:main|hum))\b`,
    '本日中に|今日中に|締め切り|خلال\\s*\\d{1,6}\\s*ساع|وإلا',
  ],
  'giu',
);

function ultimatum(a: Analysis): Hit[] {
  const d = a.draft.length > 10_000 ? a.draft.slice(0, 10_000) : a.draft;
  ULTIMATUM.lastIndex = 0;
  const found = [...d.matchAll(ULTIMATUM)].map((m) =>
    evidence(a.draft, m.index, m.index + m[0].length),
  );
  if (found.length === 0) return [];
  return [
    {
      id: 'false-deadline',
      value: 1,
      message: a.t('signal_false_deadline_message'),
      evidence: found.slice(0, 3),
      suggestion: a.t('signal_false_deadline_suggestion'),
    },
  ];
}

/** Enough of their own words to tell their language, and the draft's. */
const MIN_WORDS = 6;

function otherLanguage(a: Analysis): Hit[] {
  if (a.context.kind === 'cold' || !a.language.reliable || a.tokens.length < MIN_WORDS) return [];
  const theirs = (a.input.messages ?? [])
    .filter((m) => m.from === 'them')
    .map((m) => m.text)
    .join('\n')
    .slice(0, 4_000);
  const tokens = tokenize(theirs);
  if (tokens.length < MIN_WORDS) return [];
  const them = guessLanguage(tokens);
  if (!them.reliable || them.code === 'und' || them.code === a.language.code) return [];
  return [
    {
      id: 'other-language-reply',
      value: 1,
      message: a.t('signal_other_language_reply_message'),
      evidence: [],
      suggestion: a.t('signal_other_language_reply_suggestion'),
    },
  ];
}

export const pressureDetector: Detector = {
  name: 'pressure-and-language',
  signals: ['false-deadline', 'other-language-reply'],
  run: (a) => [...ultimatum(a), ...otherLanguage(a)],
};
