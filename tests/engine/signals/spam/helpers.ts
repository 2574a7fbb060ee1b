import { type EngineInput, engineInputSchema, score } from '../../../../src/engine/index';
import { isSignalId, signalDef } from '../../../../src/engine/registry';
import { spamDetectors } from '../../../../src/engine/signals/spam';
import type { Signal, Verdict } from '../../../../src/engine/types';
import { spamOf } from '../../../../src/engine/verdict';

/** Every signal id the spam detectors declare. */
export const SPAM_IDS = new Set<string>(spamDetectors.flatMap((d) => d.signals));

export function run(draft: string, extra: Partial<EngineInput> = {}): Verdict {
  return score(engineInputSchema.parse({ draft, ...extra }));
}

/** Only this package's signals, so other teams' detectors do not move these tests. */
export function spamSignals(v: Verdict): Signal[] {
  return v.signals.filter((s) => SPAM_IDS.has(s.id));
}

export function ownSpam(v: Verdict): number {
  return spamOf(spamSignals(v));
}

/**
 * The spam signals that fired (informational ones aside), whatever their fitted points: these
 * tests check the detectors; the points are the fit's (tests/engine/judgment.test.ts).
 */
export function ids(v: Verdict): string[] {
  return spamSignals(v)
    .filter((s) => isSignalId(s.id) && signalDef(s.id).effect !== 'info')
    .map((s) => s.id);
}

export function signal(v: Verdict, id: string): Signal | undefined {
  return v.signals.find((s) => s.id === id);
}

/** Every evidence range slices to its text. */
export function evidenceIsExact(v: Verdict, draft: string): boolean {
  return v.signals.every((s) =>
    s.evidence.every(
      (e) =>
        e.start >= 0 &&
        e.end <= draft.length &&
        e.start <= e.end &&
        draft.slice(e.start, e.end) === e.text,
    ),
  );
}

export const GOOD_DMS = [
  "Hi Maya, loved your thread on migrating Postgres to 16. The bit about pg_upgrade and logical replication saved me a weekend. Happy to share our sequence-sync script if it's useful.",
  'Hey Sam! Saw your 15-minute talk at RustConf about B2B billing. Sarah and I are building a covid19 dashboard; would you be up for a quick chat Thursday at 3pm? No worries if not.',
  'Your sourdough photos are unreal. What hydration do you use for the country loaf? Mine always spreads flat.',
  'Loved your mp3 remaster of the 1998 demo tape. Is the B-side going to be on Bandcamp too?',
];
