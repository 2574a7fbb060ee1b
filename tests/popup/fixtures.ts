/** Sample replies for the popup tests and the screenshot harness. */
import type { HistorySummary, TabState, VerdictMessage } from '../../src/shared/messages';

export const DRAFT =
  "Hey Dana! Loved your thread on cold brew ratios. We're launching a 50% OFF bundle, act now: bit.ly/brew50";

const span = (text: string) => {
  const start = DRAFT.indexOf(text);
  return { start, end: start + text.length, text };
};

export const VERDICT: VerdictMessage = {
  version: 1,
  score: 48,
  verdict: 'revise',
  relevance: 0.62,
  spam: 0.41,
  context: { kind: 'cold', openQuestion: null, theirMessages: 0, myMessages: 0 },
  language: { code: 'en', english: true, reliable: true },
  signals: [
    {
      id: 'link-shortener',
      axis: 'spam',
      severity: 'medium',
      weight: 14,
      points: -14,
      message: 'A shortened link hides where it goes; people are wary of them in DMs.',
      evidence: [span('bit.ly/brew50')],
    },
    {
      id: 'urgency-scarcity',
      axis: 'spam',
      severity: 'high',
      weight: 18,
      points: -18,
      message: 'Pressure to act fast reads as a sales blast.',
      evidence: [span('act now'), span('50% OFF')],
    },
    {
      id: 'references-their-post',
      axis: 'relevance',
      severity: 'good',
      weight: 20,
      points: 20,
      message: 'You mention something they posted about.',
      evidence: [span('thread on cold brew ratios')],
      quotes: [
        { source: 'post', index: 0, text: 'My cold brew ratio after 40 tries: 1:8, 18 hours.' },
      ],
    },
    {
      id: 'nothing-known',
      axis: 'relevance',
      severity: 'info',
      weight: 0,
      points: 0,
      message: 'They have not written to you before.',
      evidence: [],
    },
  ],
  suggestions: [
    {
      id: 'expand-link',
      text: 'Use the full link to your site instead of bit.ly.',
      signals: ['link-shortener'],
    },
    {
      id: 'drop-urgency',
      text: 'Drop “act now”: give them a reason, not a deadline.',
      signals: ['urgency-scarcity'],
    },
  ],
  engage: null,
  interests: [
    {
      label: 'cold brew',
      source: 'post',
      quote: 'My cold brew ratio after 40 tries: 1:8, 18 hours.',
      index: 0,
      weight: 0.9,
      touched: true,
    },
    {
      label: 'latte art',
      source: 'bio',
      quote: 'Barista. Latte art nerd. <script>alert(1)</script>',
      weight: 0.6,
      touched: false,
    },
  ],
  ledger: {
    relevance: { total: 20, entries: [{ id: 'references-their-post', points: 20 }] },
    spam: {
      total: 32,
      entries: [
        { id: 'urgency-scarcity', points: 18 },
        { id: 'link-shortener', points: 14 },
      ],
    },
  },
  skipped: [{ id: 'language-tone', reason: 'The tone check only knows English.' }],
  elapsedMs: 4,
};

export const TAB_STATE: TabState = {
  draft: DRAFT,
  recipient: { handle: 'dana_brews', name: 'Dana' },
  verdict: VERDICT,
  diagnosis: {
    route: 'chat',
    composer: true,
    sendButton: true,
    recipient: true,
    messages: 0,
    profile: false,
  },
  paused: false,
  memory: true,
  updatedAt: 1_700_000_000_000,
};

export const NO_DRAFT: TabState = { ...TAB_STATE, draft: '', verdict: null };

export const STANDS_ASIDE: TabState = {
  ...NO_DRAFT,
  diagnosis: {
    route: 'chat',
    composer: false,
    sendButton: false,
    recipient: false,
    messages: 0,
    profile: false,
  },
};

/** 2025-11-05 12:00 local time. */
export const NOW = new Date(2025, 10, 5, 12, 0, 0).getTime();

export const HISTORY: HistorySummary = {
  today: { sent: 12, held: 3, overridden: 1, unchecked: 0 },
  week: { sent: 64, held: 9, overridden: 4, unchecked: 2 },
  dailyBudget: 40,
  perDay: [
    { day: '2025-10-30', sent: 8, held: 1, overridden: 0, unchecked: 0 },
    { day: '2025-10-31', sent: 11, held: 2, overridden: 1, unchecked: 0 },
    { day: '2025-11-01', sent: 3, held: 0, overridden: 0, unchecked: 0 },
    { day: '2025-11-03', sent: 14, held: 2, overridden: 1, unchecked: 0 },
    { day: '2025-11-04', sent: 16, held: 1, overridden: 1, unchecked: 0 },
    { day: '2025-11-05', sent: 12, held: 3, overridden: 1, unchecked: 0 },
  ],
  topSignals: [
    { id: 'link-shortener', count: 9 },
    { id: 'urgency-scarcity', count: 6 },
    { id: 'blanket-sending', count: 4 },
  ],
  templates: [{ recipients: 7, count: 7, lastAt: NOW - 3_600_000 }],
  storage: { available: true, counts: { profiles: 23, sends: 64 } },
};
