/**
 * How well a piece of text (usually the draft) fits a set of recipient units: stemmed TF-IDF
 * overlap plus SIF-weighted, mean-centred embedding cosine, per unit and aggregated.
 */
import type { Analysis } from '../analysis';
import { profileOf, type Unit } from './profile';
import { bagOf, cosineBags, rowsOf, type Term, termsOf, vectorOf } from './terms';
import { type TopicReading, topicAffinity, topicsOf } from './topics';
import { dot } from './word-vectors';

/** Draft words read for relevance; a 100k-char paste is judged on its opening. */
export const MAX_DRAFT_TOKENS = 400;

export interface DraftSide {
  terms: Term[];
  bag: Map<string, number>;
  vec: Float32Array | null;
  topics: TopicReading | null;
}

export interface UnitMatch {
  lex: number;
  emb: number;
  /** Blend of the two for this unit. */
  score: number;
}

export interface Match {
  perUnit: UnitMatch[];
  /** Index (into the units) of the best-matching unit, or -1. */
  best: number;
  lexMax: number;
  embMax: number;
  /** Mean embedding cosine of the best three units. */
  embTop: number;
  /** Embedding cosine against the profile centroid. */
  embCentroid: number;
  /** topicAffinity (0..1) of the draft's topic lift with the recipient's mean lift, or null. */
  topic: number | null;
  /** Words and vectors alone (the blend before the topic layer), roughly 0..1. */
  wordSimilarity: number;
  /** The blended topic similarity, roughly 0 (unrelated) .. 1 (same topic, same words). */
  similarity: number;
  /** Draft terms whose stem the units also use. */
  shared: Term[];
  /** Whether meaning (embeddings) was available on both sides. */
  semantic: boolean;
}

/**
 * Blend weights, chosen on the `tune` half of the TweetTopicXL profiles (see eval/relevance.ts):
 * the grid optimum there was lex 0.2 / embTop 0.1 / centroid 0.75–1; lex was raised to 0.35
 * (costs < 0.005 AUC on tune) because real DMs that reuse the recipient's words are the clearest
 * matches, which tweets-vs-tweets under-represents.
 */
export const BLEND = { lex: 0.35, embMax: 0, embTop: 0.1, embCentroid: 0.75 } as const;
/**
 * Weight of the topic layer (topics.ts) in `similarity`, the words-and-vectors blend getting the
 * rest; chosen on the `tune` half (see eval/relevance.ts notes).
 */
export const TOPIC_SHARE = 0.6;
const BLEND_SUM = BLEND.lex + BLEND.embMax + BLEND.embTop + BLEND.embCentroid;

export function draftSideOf(a: Analysis): DraftSide {
  return a.memo('relevance:draft', () => {
    const terms = termsOf(a.draft, a.resources.vectors, MAX_DRAFT_TOKENS, a.tokens);
    // Embeddings are English; on other languages their words would only look like English ones.
    const vec = a.language.english ? vectorOf(terms, a.resources.vectors) : null;
    const v = a.resources.vectors;
    return {
      terms,
      bag: bagOf(terms),
      vec,
      topics: vec && v ? topicsOf(vec, rowsOf(terms), v) : null,
    };
  });
}

export function matchUnits(
  side: DraftSide,
  units: readonly Unit[],
  centroid: Float32Array | null,
  profileTopics: TopicReading | null = null,
): Match {
  const perUnit: UnitMatch[] = [];
  let best = -1;
  let lexMax = 0;
  let embMax = 0;
  const embs: number[] = [];
  const semantic = side.vec !== null && (centroid !== null || units.some((u) => u.vec));
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const lex = cosineBags(side.bag, u.bag);
    const emb = side.vec && u.vec ? Math.max(0, dot(side.vec, u.vec)) : 0;
    const score = semantic ? 0.5 * lex + 0.5 * emb : lex;
    perUnit.push({ lex, emb, score });
    if (best < 0 || score > perUnit[best]!.score) best = i;
    lexMax = Math.max(lexMax, lex);
    embMax = Math.max(embMax, emb);
    if (u.vec) embs.push(emb);
  }
  embs.sort((x, y) => y - x);
  const top = embs.slice(0, 3);
  const embTop = top.length ? top.reduce((s, x) => s + x, 0) / top.length : 0;
  const embCentroid = side.vec && centroid ? Math.max(0, dot(side.vec, centroid)) : 0;
  const wordSimilarity = semantic
    ? (BLEND.lex * lexMax +
        BLEND.embMax * embMax +
        BLEND.embTop * embTop +
        BLEND.embCentroid * embCentroid) /
      BLEND_SUM
    : lexMax;
  const topic =
    side.topics && profileTopics ? topicAffinity(side.topics.lift, profileTopics.lift) : null;
  const similarity =
    topic === null ? wordSimilarity : TOPIC_SHARE * topic + (1 - TOPIC_SHARE) * wordSimilarity;
  const matched = side.terms.filter((t) => units.some((u) => u.stems.has(t.stem)));
  // "sub" of "sub-3" adds nothing to the list the user reads when "sub-3" itself matched.
  const shared = matched.filter(
    (t) => !t.part || !matched.some((w) => !w.part && w.start <= t.start && t.end <= w.end),
  );
  if (best >= 0 && perUnit[best]!.score <= 0) best = -1;
  return {
    perUnit,
    best,
    lexMax,
    embMax,
    embTop,
    embCentroid,
    topic,
    wordSimilarity,
    similarity,
    shared,
    semantic,
  };
}

/** The draft against the recipient's bio and posts, computed once per analysis. */
export function topicMatchOf(a: Analysis): Match {
  return a.memo('relevance:match', () => {
    const p = profileOf(a);
    return matchUnits(draftSideOf(a), p.units, p.centroid, p.topics);
  });
}

/**
 * Draft terms that carry the match with a unit: shared stems first, then draft words whose
 * meaning is close to one of the unit's words (e.g. "marathon" ↔ "miles").
 */
export function carriersOf(a: Analysis, side: DraftSide, unit: Unit | undefined): Term[] {
  if (!unit) return [];
  const stems = unit.stems;
  const out = side.terms.filter((t) => stems.has(t.stem));
  const v = a.resources.vectors;
  if (!v || !a.language.english) return out;
  // Whether a word is close to the unit's depends only on the two: remembered per unit, so the
  // same words typed again (every keystroke) are not compared with the unit's words again.
  const close = closeRowsOf(a, unit);
  let unitRows: number[] | null = null;
  for (const t of side.terms.slice(0, 30)) {
    if (t.row < 0 || stems.has(t.stem)) continue;
    let near = close.get(t.row);
    if (near === undefined) {
      unitRows ??= unit.terms
        .slice(0, 40)
        .map((u) => u.row)
        .filter((r) => r >= 0);
      near = unitRows.some((r) => v.rowSimilarity(t.row, r) >= CLOSE_WORDS);
      if (close.size >= MAX_CLOSE_ROWS) close.clear();
      close.set(t.row, near);
    }
    if (near) out.push(t);
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Word-vector cosine from which two words count as close in meaning. */
export const CLOSE_WORDS = 0.5;
/** Words remembered per unit as close or not (a unit's answers are cleared past this). */
const MAX_CLOSE_ROWS = 4_096;

/** The engine's memory of which word rows are close to `unit`'s words (caches.ts). */
function closeRowsOf(a: Analysis, unit: Unit): Map<number, boolean> {
  let close = a.caches.closeRows.get(unit);
  if (!close) {
    close = new Map();
    a.caches.closeRows.set(unit, close);
  }
  return close;
}
