/**
 * A verdict taken without the word vectors: relevance it could not measure never holds a send;
 * the spam axis and sending behaviour still do.
 */
import { describe, expect, it } from 'vitest';
import { verdictWithoutRelevance } from '../../src/background/unmeasured';
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/schema';
import type { Verdict } from '../../src/engine/types';
import { makeVerdict, signalOn } from '../overlay/verdict-fixture';

const DRAFT = 'Would you review my accounting spreadsheet? Click bit.ly/deal now';
const offTopic = signalOn(DRAFT, ['accounting spreadsheet'], {
  id: 'off-topic',
  axis: 'relevance',
  weight: 60,
  points: -60,
});
const pushy = signalOn(DRAFT, ['Click bit.ly/deal now'], { axis: 'spam', weight: 80, points: -80 });
const verdict = (over: Partial<Verdict>) => makeVerdict(over as never) as unknown as Verdict;

describe('verdictWithoutRelevance', () => {
  it('does not hold a draft for relevance alone', () => {
    const v = verdict({ verdict: 'hold', score: 0, signals: [offTopic] });
    expect(verdictWithoutRelevance(v, DEFAULT_ENGINE_SETTINGS)).not.toBe('hold');
  });

  it('still holds for spam', () => {
    const v = verdict({ verdict: 'hold', score: 0, signals: [offTopic, pushy] });
    expect(verdictWithoutRelevance(v, DEFAULT_ENGINE_SETTINGS)).toBe('hold');
  });

  it('never makes a verdict stricter than the full one', () => {
    const v = verdict({ verdict: 'send', score: 90, signals: [pushy] });
    expect(verdictWithoutRelevance(v, DEFAULT_ENGINE_SETTINGS)).toBe('send');
  });
});
