/**
 * Self-promotion and the openers of modern DM scams (scripts-lexicon.ts), in every language the
 * lexicon covers. Each is a script, not a topic: a wrong-number opener or a recovery offer is
 * hold whatever else the message says (the labelling guide's cold and ongoing hold lists).
 */
import type { Analysis } from '../../analysis';
import { type Detector, evidence, type Hit } from '../../detector';
import { anyMatch } from '../../text/any-match';
import type { Evidence } from '../../types';
import { wordRegExp } from '../conversation/boundary';
import { SCAM_SCRIPTS, SELF_PROMOTION } from './scripts-lexicon';
import { quoteList } from './util';

const selfPromotion = wordRegExp(SELF_PROMOTION, 'giu');
const scripts = Object.entries(SCAM_SCRIPTS).map(
  ([family, parts]) => [family, wordRegExp(parts, 'giu')] as const,
);
/** Whether any list above matches: most drafts match none and are done in one scan. */
const anyList = anyMatch([selfPromotion, ...scripts.map(([, re]) => re)]);

/** Catalog key of the sentence naming each scam family. */
const FAMILY_KEY: Record<string, string> = {
  'wrong-person': 'signal_scam_script_wrong_person',
  recovery: 'signal_scam_script_recovery',
  emergency: 'signal_scam_script_emergency',
  loan: 'signal_scam_script_loan',
  trading: 'signal_scam_script_trading',
  task: 'signal_scam_script_task',
  gambling: 'signal_scam_script_gambling',
  seo: 'signal_scam_script_seo',
};

function find(a: Analysis, re: RegExp): Evidence[] {
  re.lastIndex = 0;
  return [...a.draft.matchAll(re)]
    .slice(0, 6)
    .map((m) => evidence(a.draft, m.index, m.index + m[0].length));
}

function run(a: Analysis): Hit[] {
  const out: Hit[] = [];
  if (!anyList(a.draft)) return out;
  const promo = find(a, selfPromotion);
  if (promo.length) {
    out.push({
      id: 'self-promotion',
      value: Math.min(2, 1 + 0.5 * (promo.length - 1)),
      message: a.t('signal_self_promotion_message', [
        quoteList(
          a.t,
          promo.map((e) => e.text),
        ),
      ]),
      evidence: promo,
      suggestion: a.t('signal_self_promotion_suggestion'),
    });
  }
  const families: string[] = [];
  const ranges: Evidence[] = [];
  for (const [family, re] of scripts) {
    const found = find(a, re);
    if (found.length === 0) continue;
    families.push(family);
    ranges.push(...found);
  }
  if (families.length) {
    out.push({
      id: 'scam-script',
      value: Math.min(2, 1 + 0.5 * (ranges.length - 1)),
      message: a.t(FAMILY_KEY[families[0]!] ?? 'signal_scam_script_message', [
        quoteList(
          a.t,
          ranges.map((e) => e.text),
        ),
      ]),
      evidence: ranges.sort((x, y) => x.start - y.start).slice(0, 6),
      suggestion: a.t('signal_scam_script_suggestion'),
    });
  }
  return out;
}

export const scriptsDetector: Detector = {
  name: 'spam-scripts',
  signals: ['self-promotion', 'scam-script'],
  run,
};
