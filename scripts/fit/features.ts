/**
 * Turns labelled cases into the fitter's rows: the engine's own detectors read each case (the
 * same code that runs in the extension), and each signal's feature value becomes a column.
 * Informational signals are not columns: they are never weighted.
 */
import type { Context, Label, LabelledDm, LabelledText } from '../../eval/data';
import { createEngine, type Engine, parseInput } from '../../src/engine/index';
import { SIGNALS, type SignalId } from '../../src/engine/registry';
import type { ConversationKind } from '../../src/engine/types';
import type { Row, Sign } from './ordinal';

export const GROUPS: readonly (ConversationKind | 'public' | 'unknown')[] = [
  'cold',
  'ongoing',
  'customer-initiated',
  'public',
  'unknown',
];
export const PUBLIC_GROUP = 3;
/**
 * Cold DMs to someone Worthy knows nothing about (no bio, posts or thread): relevance cannot be
 * judged, so with no signal either way they sit at the send line (model/index.ts); their rows
 * still teach the spam weights.
 */
export const UNKNOWN_GROUP = 4;

/** The weighted signals, in registry order: column j < COLUMNS.length is COLUMNS[j]. */
export const COLUMNS: readonly SignalId[] = SIGNALS.filter((s) => s.effect !== 'info').map(
  (s) => s.id,
);
const COLUMN = new Map<string, number>(COLUMNS.map((id, j) => [id, j]));
const BASE_SIGNS: readonly Sign[] = SIGNALS.filter((s) => s.effect !== 'info').map((s) =>
  s.effect === 'raises' ? 'raises' : 'lowers',
);

/**
 * Signals whose meaning changes with the kind of thread, so each context may correct their
 * weight: following the thread is expected from a friend and proves little in a support reply; a
 * bare link a customer asked for is not the bare link of a cold opener.
 */
export const CONTEXTUAL: readonly SignalId[] = [
  'follows-the-thread',
  'replies-in-conversation',
  'short-acknowledgement',
  'answers-their-question',
  'ignores-their-question',
  'bare-domain',
  'link-only-message',
  'link-shortener',
  'off-platform-app',
  'phone-number',
  'blanket-sending',
];
export const CONTEXTS: readonly ConversationKind[] = ['cold', 'ongoing', 'customer-initiated'];

/** Column of the correction for signal `id` in context `kind`. */
function correctionColumn(id: SignalId, kind: ConversationKind): number | undefined {
  const k = CONTEXTUAL.indexOf(id);
  if (k < 0) return undefined;
  return COLUMNS.length + k * CONTEXTS.length + CONTEXTS.indexOf(kind);
}

export const FEATURES = COLUMNS.length + CONTEXTUAL.length * CONTEXTS.length;
export const SIGNS: readonly Sign[] = [
  ...BASE_SIGNS,
  ...CONTEXTUAL.flatMap((id) => CONTEXTS.map(() => BASE_SIGNS[COLUMN.get(id)!]!)),
];
export const PARENTS: readonly (number | undefined)[] = [
  ...COLUMNS.map(() => undefined),
  ...CONTEXTUAL.flatMap((id) => CONTEXTS.map(() => COLUMN.get(id)!)),
];
/** Outside the safety family, what the guide also calls hold in any thread. */
const DECISIVE = new Set<SignalId>([
  'pitch-ignores-question',
  'repitch-after-no',
  'income-claim',
  'scam-script',
  // Disguise: "legitimate senders don't disguise their words" (the guide).
  'mixed-script-word',
  'fancy-letters',
  'leetspeak',
  'hidden-characters',
  'spaced-out-letters',
]);

/**
 * Where the penalty pulls each weight, in latent units (about 0.04 per score point at the fitted
 * scale): a signal few fit cases show keeps a modest default in the direction its effect says,
 * stronger for disguise and for requests that are never service. Corrections pull towards 0.
 */
const PRIOR_POINTS: Record<string, number> = {
  safety: -35,
  obfuscation: -25,
  scam: -20,
  sending: -12,
  promotion: -10,
  links: -8,
  'off-platform': -8,
  style: -6,
  thread: -8,
  service: -10,
  relevance: -8,
};
const LATENT_PER_POINT = 0.04;
export const PRIOR: readonly number[] = [
  ...COLUMNS.map((id) => {
    const def = SIGNALS.find((s) => s.id === id)!;
    const points = def.effect === 'raises' ? 8 : (PRIOR_POINTS[def.family] ?? -8);
    return points * LATENT_PER_POINT;
  }),
  ...CONTEXTUAL.flatMap(() => CONTEXTS.map(() => 0)),
];

/**
 * Least sizes in score points (see FitOptions.minPoints), only where the labelling guide names
 * the fault outright and the fit data has too few cases to learn it: an unfilled merge field
 * ("Hi {{first_name}}") is `revise` (GUIDE.md), so it is worth at least the revise band's width.
 */
const MIN_POINTS: Partial<Record<SignalId, number>> = {
  'unfilled-placeholder': 30,
};
export const LEAST: readonly (number | undefined)[] = [
  ...COLUMNS.map((id) => MIN_POINTS[id]),
  ...CONTEXTUAL.flatMap(() => CONTEXTS.map(() => undefined)),
];

/**
 * The L2 multiplier per column. Corrections pay three times as much (a context must earn its
 * difference). Requests that are never service pay a fifth: the labelling guide says they hold
 * in any thread, and a few fit cases should be enough to say so.
 */
export const PENALTY: readonly number[] = [
  ...COLUMNS.map((id) => (DECISIVE.has(id) || signalFamily(id) === 'safety' ? 0.2 : 1)),
  ...CONTEXTUAL.flatMap(() => CONTEXTS.map(() => 3)),
];

function signalFamily(id: SignalId): string {
  return SIGNALS.find((s) => s.id === id)!.family;
}

export const LABEL_INDEX: Record<Label, 0 | 1 | 2> = { hold: 0, revise: 1, send: 2 };

export interface CaseRow extends Row {
  id: string;
  label: Label;
  /** The context the data states (the engine infers its own; rows are grouped by the engine's). */
  context: Context;
  language: string;
  kind: ConversationKind;
  source: string;
}

function sparse(
  engine: Engine,
  raw: unknown,
  publicText = false,
): { x: [number, number][]; kind: ConversationKind; unknown: boolean } {
  const parsed = parseInput(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  const { analysis, hits } = engine.analyse(parsed.input);
  const sums = new Map<number, number>();
  const kind = analysis.context.kind;
  for (const h of hits) {
    const j = COLUMN.get(h.id);
    if (j === undefined || h.value === 0) continue;
    sums.set(j, (sums.get(j) ?? 0) + h.value);
    const c = publicText ? undefined : correctionColumn(h.id, kind);
    if (c !== undefined) sums.set(c, (sums.get(c) ?? 0) + h.value);
  }
  const unknown = kind === 'cold' && hits.some((h) => h.id === 'nothing-known');
  return { x: [...sums].sort((p, q) => p[0] - q[0]), kind, unknown };
}

/** The engine to read a case with: one per text-layer fold, so no row is read by a layer that learned it. */
export type EngineFor = (key: string) => Engine;

export function dmRows(engineFor: EngineFor, cases: readonly LabelledDm[], weight = 1): CaseRow[] {
  return cases.map((c) => {
    const { x, kind, unknown } = sparse(engineFor(c.id), c.input);
    return {
      id: c.id,
      x,
      group: unknown ? UNKNOWN_GROUP : GROUPS.indexOf(kind),
      y: LABEL_INDEX[c.label],
      weight,
      label: c.label,
      context: c.context,
      language: c.language,
      kind,
      source: c.source,
    };
  });
}

/**
 * Public spam/ham texts as cold drafts to nobody in particular, in their own group (so their
 * base rate never moves a DM context's cut-points): spam is `hold`, ham is `send`.
 */
export function textRows(
  engineFor: EngineFor,
  items: readonly LabelledText[],
  weight: number,
  source: string,
): Row[] {
  return items.map((t, i) => ({
    x: sparse(engineFor(`${source}:${i}`), { draft: t.text }, true).x,
    group: PUBLIC_GROUP,
    y: t.spam ? 0 : 2,
    weight,
  }));
}

export { createEngine };
