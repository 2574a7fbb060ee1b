/**
 * The learned text layer's training data, by source: the SMS Spam Collection's tuning half, the
 * YouTube comments of videos 01–03, and the fit DMs (dm-labelled `fit` split and Worthy's fit
 * cases), where `hold` counts as spam and `send` as not spam (`revise` is neither and is left out).
 */
import { type LabelledDm, loadDmLabelled, loadWorthyCases, loadYoutube } from '../../eval/data';
import { loadSms, splitSms } from '../../eval/spam';
import { bucketsOf } from '../../src/engine/text-model/features';
import type { TextExample } from './text-logreg';

export interface SourcedExample extends TextExample {
  source: string;
  /** The DM case id, for out-of-fold scoring in the weight fit. */
  id?: string;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? tag;

export function dmExamples(cases: readonly LabelledDm[]): SourcedExample[] {
  return cases
    .filter((c) => c.label !== 'revise')
    .map((c) => ({
      buckets: bucketsOf(String(c.input.draft)),
      spam: c.label === 'hold',
      weight: 1,
      language: primary(c.language),
      source: 'dm',
      id: c.id,
    }));
}

export function textExamples(): SourcedExample[] {
  const { tuning } = splitSms(loadSms().items);
  const sms = tuning.map((t) => ({
    buckets: bucketsOf(t.text),
    spam: t.spam,
    weight: 1,
    language: 'en',
    source: 'sms',
  }));
  const yt = loadYoutube().flatMap((v) =>
    v.items.map((t) => ({
      buckets: bucketsOf(t.text),
      spam: t.spam,
      weight: 1,
      language: 'en',
      source: `youtube:${v.video}`,
    })),
  );
  const dms = dmExamples([
    ...loadDmLabelled().filter((c) => c.split === 'fit'),
    ...loadWorthyCases('fit'),
  ]);
  // The DMs are the target: each counts as much as four comments or texts.
  for (const d of dms) d.weight = 4;
  return [...sms, ...yt, ...dms];
}
