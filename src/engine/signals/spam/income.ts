/**
 * Promises of easy income, in any language: a percentage per day, week or month ("15-20% a
 * week", "30% semanal", "3% ao dia"), money per day for simple tasks ("$200–$800 daily",
 * "1日3万円"), "guaranteed returns". Honest offers name a fee for work; scams name a rate of
 * return.
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit } from '../../detector';
import { wordRegExp } from '../conversation/boundary';

const PERIOD = String.raw`(?:a|per|each|every|/)?\s*(?:day|daily|week|weekly|month|monthly|semanal(?:mente)?|diari[oa]s?|al\s+d[ií]a|por\s+d[ií]a|a\s+la\s+semana|por\s+semana|mensual(?:es)?|al\s+mes|ao\s+dia|por\s+dia|ao\s+m[eê]s|por\s+m[eê]s|par\s+jour|par\s+semaine|par\s+mois|pro\s+(?:tag|woche|monat)|am\s+tag|im\s+monat|al\s+giorno|a\s+settimana|al\s+mese|per\s+(?:hari|minggu|bulan)|sehari|seminggu|sebulan|tiap\s+hari|har\s+(?:din|hafte|mahine)|roz(?:ana)?)`;
const SHORT_PERIOD = String.raw`(?:a|per|each|every|/)?\s*(?:day|daily|week|weekly|al\s+d[ií]a|por\s+d[ií]a|a\s+la\s+semana|por\s+semana|ao\s+dia|por\s+dia|par\s+jour|par\s+semaine|pro\s+(?:tag|woche)|am\s+tag|al\s+giorno|a\s+settimana|per\s+(?:hari|minggu)|sehari|seminggu|tiap\s+hari|har\s+(?:din|hafte)|roz(?:ana)?)`;
const MONEY = String.raw`(?:[$€£₹¥]\s?\d[\d.,]{0,12}(?:\s*[-–]\s*[$€£₹¥]?\s?\d[\d.,]{0,12})?k?|\d[\d.,]{0,12}\s?(?:[$€£₹¥]|usd|usdt|eur|euros?|reais|rupees|rb|ribu|juta|円|万円?))`;

const INCOME = wordRegExp(
  [
    // A rate of return: 15-20% a week, 30% semanal, 3% ao dia.
    String.raw`(?:\d{1,3}\s?%?\s*[-–]\s*)?\d{1,3}(?:[.,]\d{1,6})?\s?%\s*${PERIOD}\b`,
    // Money per day or week for simple tasks: $200–$800 daily, 500€ al giorno. (Per month is
    // how honest subscriptions are priced, "$49/month", so it counts only with an earn verb.)
    String.raw`${MONEY}\s*${SHORT_PERIOD}\b`,
    String.raw`\b(?:earn|make|making|gano|ganar|ganho|ganhar|gagne[rz]?|verdien\w*|guadagn\w*|dapat|cuan|kama\w*)\s+(?:up\s+to\s+|hasta\s+|at[eé]\s+|jusqu'?[àa]\s+|bis\s+zu\s+|fino\s+a\s+|sampai\s+)?${MONEY}`,
    String.raw`\b(?:guaranteed\s+(?:returns?|profits?|income)|retorno\s+garantido|rendimento\s+garantido|rendimiento\s+garantizado|ganancias?\s+garantizadas?|rendement\s+garanti|gains?\s+garantis|garantierte?\s+(?:rendite|gewinne?)|rendimento\s+garantito|guadagno\s+garantito|keuntungan\s+pasti|profit\s+pasti|pakka\s+profit|100\s?%\s+(?:segur[oa]|seguro|s[uû]r|sicher|sicuro|aman|safe))`,
    String.raw`(?:1日|日給|月に|月収|毎月|週に)\s?\d[\d,.]*\s?(?:万|円)|\d[\d,.]*\s?万(?:円)?\s?(?:くらい)?\s?稼`,
    String.raw`(?:أرباح|ربح)\s+(?:مضمون|يومي)`,
  ],
  'giu',
);

export function incomeHits(a: Analysis): Hit[] {
  const d = a.draft.length > 20_000 ? a.draft.slice(0, 20_000) : a.draft;
  INCOME.lastIndex = 0;
  const found = [...d.matchAll(INCOME)].map((m) =>
    evidence(a.draft, m.index, m.index + m[0].length),
  );
  if (found.length === 0) return [];
  return [
    {
      id: 'income-claim',
      value: Math.min(2, 1 + 0.5 * (found.length - 1)),
      message: a.t('signal_income_claim_message'),
      evidence: found.slice(0, 5),
      suggestion: a.t('signal_income_claim_suggestion'),
    },
  ];
}

export const incomeDetector: Detector = {
  name: 'income-claims',
  signals: ['income-claim'],
  run: incomeHits,
};
