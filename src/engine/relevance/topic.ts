/**
 * Topic match: does the draft talk about what the recipient posts about? Shared stems weighted by
 * rarity, plus meaning beyond shared words (embeddings). A cold DM is held to a higher bar.
 */
import type { Analysis } from '../analysis';
import type { Detector } from '../detector';
import { listAnd, listComma, sentences } from '../i18n';
import { carriersOf, draftSideOf, topicMatchOf } from './match';
import { profileOf } from './profile';
import {
  clamp01,
  isTemplate,
  profileKnown,
  quoteOf,
  round1,
  termEvidence,
  unitToEngage,
} from './shared';
import type { Topic } from './topic-seeds';
import { leadingTopics } from './topics';

/** Catalog keys of the topic names, for the sentence on what their posts are about. */
const TOPIC_KEY: Record<Topic, string> = {
  'arts & culture': 'topic_arts_culture',
  'business & entrepreneurs': 'topic_business_entrepreneurs',
  'celebrity & pop culture': 'topic_celebrity_pop_culture',
  'diaries & daily life': 'topic_diaries_daily_life',
  family: 'topic_family',
  'fashion & style': 'topic_fashion_style',
  'film/tv & video': 'topic_film_tv_video',
  'fitness & health': 'topic_fitness_health',
  'food & dining': 'topic_food_dining',
  gaming: 'topic_gaming',
  'learning & educational': 'topic_learning_educational',
  music: 'topic_music',
  'news & social concern': 'topic_news_social_concern',
  'other hobbies': 'topic_other_hobbies',
  relationships: 'topic_relationships',
  'science & technology': 'topic_science_technology',
  sports: 'topic_sports',
  'travel & adventure': 'topic_travel_adventure',
  'youth & student life': 'topic_youth_student_life',
};

/**
 * Topic points follow a logistic curve of the blended similarity: strictly increasing and never
 * flat at 0, so weakly related drafts still rank above unrelated ones (a threshold that gave 0
 * points below it tied most candidates and threw away ranking). Half the points at MID_MATCH.
 */
const MID_MATCH = 0.31;
const MATCH_SCALE = 0.12;
/**
 * Below this blended similarity the draft is unrelated (about the 75th percentile of unrelated
 * tweet pairs on the eval's tune half). The thresholds here and in brand.ts moved up (0.1, 0.2,
 * 0.25 before) when the topic layer switched from the plain lift cosine (−1..1) to topicAffinity
 * (0..1): each was mapped to the value at the same quantile of tune-half similarities.
 */
export const OFF_TOPIC = 0.17;
/** Words-and-vectors similarity (unchanged scale) below which no word ties the draft to them. */
const OFF_TOPIC_WORDS = 0.1;
/** Similarity from which the match is worth praising rather than "loosely related". */
export const CLEAR_MATCH = 0.26;

export function topicPoints(similarity: number, max: number): number {
  return round1(max / (1 + Math.exp(-(similarity - MID_MATCH) / MATCH_SCALE)));
}
const MAX_POINTS = { cold: 45, ongoing: 50, 'customer-initiated': 50 } as const;

/**
 * Relevance to what they post about is the question for a cold DM. In a conversation the
 * question is what they wrote (signals/conversation/thread.ts): a customer's posts are about the
 * same complaint as their message, so matching them says nothing about the reply.
 */
export const topicDetector: Detector = {
  name: 'topic-match',
  signals: ['topic-match', 'off-topic'],
  run(a) {
    if (a.context.kind !== 'cold' || !profileKnown(a) || isTemplate(a)) return [];
    const p = profileOf(a);
    if (p.units.length === 0) return [];
    const m = topicMatchOf(a);
    const best = unitToEngage(p.units, m.best);
    const quotes = best ? [quoteOf(best)] : [];
    const max = MAX_POINTS[a.context.kind];
    // Words-and-vectors on a ramp; with the topic layer, the logistic of the blended similarity.
    const wordPoints = round1(max * clamp01((m.wordSimilarity - 0.1) / 0.3));
    const points =
      m.topic === null ? wordPoints : Math.max(wordPoints, topicPoints(m.similarity, max));
    const related = m.similarity >= OFF_TOPIC || m.wordSimilarity >= OFF_TOPIC_WORDS;
    if (related && points > 0) {
      const clear = m.similarity >= CLEAR_MATCH;
      const near = carriersOf(a, draftSideOf(a), best);
      const carrying = near.length ? near : m.shared;
      return [
        {
          id: 'topic-match',
          // 0..1: how strongly the draft is about what they post about.
          value: round1((10 * points) / max) / 10,
          message: sentences(
            a.t,
            clear
              ? m.shared.length
                ? a.t('signal_topic_match_message_clear_words', [sharedList(a, m.shared)])
                : a.t('signal_topic_match_message_clear')
              : a.t('signal_topic_match_message_loose'),
            topicSentence(a),
          ),
          evidence: termEvidence(a, carrying),
          quotes,
        },
      ];
    }
    // Judging "unrelated" needs meaning, not just missing words: English drafts with vectors.
    if (!m.semantic || !a.language.english || a.tokens.length < 3) return [];
    return [
      {
        id: 'off-topic',
        // 0..1: how far below the related line the draft is.
        value: round1(10 * clamp01(1 - m.similarity / OFF_TOPIC)) / 10,
        message: a.t('signal_off_topic_message'),
        evidence: [],
        quotes,
        suggestion: best
          ? a.t('signal_off_topic_suggestion_example', [best.text.slice(0, 80)])
          : a.t('signal_off_topic_suggestion'),
      },
    ];
  },
};

/** " Their posts are mostly about X and Y; your draft is about X." when a broad topic is shared. */
function topicSentence(a: Analysis): string {
  const theirs = profileOf(a).topics;
  const mine = draftSideOf(a).topics;
  if (!theirs || !mine) return '';
  const t = leadingTopics(theirs);
  const d = leadingTopics(mine, 1);
  if (!t.length || !d.length || !t.some((x) => x.k === d[0]!.k)) return '';
  const name = (x: { topic: Topic }) => a.t(TOPIC_KEY[x.topic]);
  return a.t('signal_topic_match_topics', [listAnd(a.t, t.map(name)), name(d[0]!)]);
}

function sharedList(a: Analysis, terms: readonly { norm: string; stem: string }[]): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const t of terms) {
    if (seen.has(t.stem)) continue;
    seen.add(t.stem);
    words.push(t.norm);
    if (words.length >= 3) break;
  }
  return listComma(a.t, words);
}
