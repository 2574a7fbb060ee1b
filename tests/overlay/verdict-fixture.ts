import type { ScoreReply, VerdictMessage } from '../../src/shared/messages';

type Signal = VerdictMessage['signals'][number];

/** A schema-valid verdict; `over` replaces top-level fields. */
export function makeVerdict(over: Partial<VerdictMessage> = {}): VerdictMessage {
  return {
    version: 1,
    score: 28,
    verdict: 'hold',
    relevance: 0.1,
    spam: 0.72,
    context: { kind: 'cold', openQuestion: null, theirMessages: 0, myMessages: 0 },
    language: { code: 'en', english: true, reliable: true },
    signals: [],
    suggestions: [],
    interests: [],
    engage: null,
    ledger: { relevance: { total: 0, entries: [] }, spam: { total: 0, entries: [] } },
    skipped: [],
    elapsedMs: 3,
    ...over,
  };
}

/** A signal whose evidence is every occurrence of `phrases` in `draft` (UTF-16 offsets). */
export function signalOn(draft: string, phrases: string[], over: Partial<Signal> = {}): Signal {
  const evidence = phrases.map((p) => {
    const start = draft.indexOf(p);
    if (start < 0) throw new Error(`"${p}" not in draft`);
    return { start, end: start + p.length, text: p };
  });
  return {
    id: 'sig',
    axis: 'spam',
    severity: 'high',
    weight: 20,
    points: -20,
    message: 'Pushy phrase',
    evidence,
    ...over,
  };
}

export function makeReply(
  verdict: VerdictMessage | null,
  over: Partial<ScoreReply> = {},
): ScoreReply {
  return { verdict, paused: false, gate: 'hold', memory: true, ...over };
}
