import { describe, expect, it } from 'vitest';
import { english } from '../../src/engine/i18n';
import {
  engageOf,
  groupSignals,
  quotesOf,
  spansOf,
  topFix,
  topReasons,
} from '../../src/ui/signals';
import { makeVerdict, signalOn } from '../overlay/verdict-fixture';

const draft = 'Hey!! 50% OFF today only, click https://bit.ly/3xYz now. Loved your Berlin race.';
const urgency = signalOn(draft, ['today only'], {
  id: 'urgency-scarcity',
  severity: 'medium',
  weight: 26,
});
const shortener = signalOn(draft, ['https://bit.ly/3xYz'], {
  id: 'link-shortener',
  severity: 'medium',
  weight: 24,
});
const cold = signalOn(draft, ['https://bit.ly/3xYz'], {
  id: 'link-in-cold-opener',
  severity: 'medium',
  weight: 20,
});
const promo = signalOn(draft, ['50% OFF'], { id: 'promo-discount', severity: 'high', weight: 30 });
const exclaim = signalOn(draft, ['!!'], { id: 'exclamation-run', severity: 'low', weight: 5 });
const post = signalOn(draft, ['Berlin race'], {
  id: 'references-their-post',
  axis: 'relevance',
  severity: 'good',
  weight: 20,
});
const note = signalOn(draft, ['Hey'], { id: 'generic-greeting', severity: 'info', weight: 0 });

describe('groupSignals', () => {
  it('sorts worst first, then by points, and splits hurts, helps and notes', () => {
    const g = groupSignals([exclaim, post, cold, urgency, note, promo]);
    expect(g.hurts.map((s) => s.id)).toEqual([
      'promo-discount',
      'urgency-scarcity',
      'link-in-cold-opener',
      'exclamation-run',
    ]);
    expect(g.helps.map((s) => s.id)).toEqual(['references-their-post']);
    expect(g.notes.map((s) => s.id)).toEqual(['generic-greeting']);
  });
});

describe('topReasons', () => {
  it('leads with what hurts, in plain names, never twice about the same words', () => {
    const v = makeVerdict({ verdict: 'hold', signals: [shortener, cold, urgency, post] });
    const r = topReasons(v, draft, english, 3);
    expect(r.map((x) => x.id)).toEqual([
      'urgency-scarcity',
      'link-shortener',
      'references-their-post',
    ]);
    expect(r[0]).toMatchObject({
      name: english('signal_urgency_scarcity_name'),
      tone: 'warn',
      quotes: ['today only'],
      more: 0,
    });
    expect(r.map((x) => x.name).join(' ')).not.toMatch(/-/);
  });

  it('leads with what helps when the draft is worth sending', () => {
    const v = makeVerdict({ verdict: 'send', signals: [exclaim, post] });
    expect(topReasons(v, draft, english).map((x) => [x.id, x.tone])).toEqual([
      ['references-their-post', 'good'],
      ['exclamation-run', 'neutral'],
    ]);
  });

  it('caps the quotes and counts the rest', () => {
    const text = 'free cash prize bonus winner';
    const many = signalOn(text, ['free', 'cash', 'prize', 'bonus', 'winner'], {
      id: 'prize-money-claim',
    });
    const [r] = topReasons(
      makeVerdict({ signals: [many] }),
      'free, cash; prize. bonus? winner',
      english,
    );
    expect(r!.quotes).toHaveLength(3);
    expect(r!.more).toBe(2);
  });

  it('names an id the catalog does not know in words, not as the id', () => {
    const v = makeVerdict({ signals: [signalOn(draft, ['now'], { id: 'brand-new-check' })] });
    expect(topReasons(v, draft, english)[0]!.name).toBe('Brand new check');
  });
});

describe('quotesOf', () => {
  it('uses the engine’s own evidence texts when the draft is not at hand', () => {
    const s = signalOn('ETH and eth', ['ETH'], {
      evidence: [
        { start: 0, end: 3, text: 'ETH' },
        { start: 8, end: 11, text: 'eth' },
      ],
    });
    expect(quotesOf('', s)).toEqual(['ETH']);
    expect(quotesOf('ETH and eth', s)).toEqual(['ETH']);
  });
});

describe('engageOf and topFix', () => {
  it('prefers the engine’s engage item, else their open question, else nothing', () => {
    const q = { text: 'Where is my order?', index: 0 };
    const ctx = {
      kind: 'customer-initiated' as const,
      openQuestion: q,
      theirMessages: 1,
      myMessages: 0,
    };
    expect(
      engageOf(
        makeVerdict({
          engage: { source: 'post', index: 2, text: 'Sub-3 in Berlin', engaged: true },
        }),
      ),
    ).toEqual({ source: 'post', text: 'Sub-3 in Berlin', engaged: true });
    expect(engageOf(makeVerdict({ context: ctx }))).toEqual({
      source: 'question',
      text: 'Where is my order?',
      engaged: null,
    });
    expect(engageOf(makeVerdict())).toBeNull();
  });

  it('offers the first suggestion as the fix', () => {
    expect(topFix(makeVerdict())).toBeNull();
    expect(
      topFix(makeVerdict({ suggestions: [{ id: 'a', text: 'Drop the deadline.', signals: [] }] })),
    ).toBe('Drop the deadline.');
  });
});

describe('spansOf', () => {
  it('finds evidence again by its text when its offsets disagree with the draft', () => {
    expect(spansOf('hello buy now', [{ start: 0, end: 3, text: 'buy now' }])).toEqual([
      { start: 6, end: 13 },
    ]);
  });
});
