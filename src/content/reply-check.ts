/**
 * The worker's score reply, checked by hand in the script loaded on every x.com page: zod would be
 * most of that script's weight. Every field the content script, the warning and the card read is
 * checked with its type and range, as `scoreReplySchema` (shared/messages.ts) would; unknown
 * fields are ignored. The reply comes from this extension's own worker (nothing else can message
 * it), so this catches a broken or mismatched worker: the content script then fails open.
 * tests/content/reply-check.test.ts keeps it no looser than the schema.
 */
import type { ScoreReply } from '../shared/messages';
import type { Opener } from '../shared/opener';

type Check = (x: unknown) => boolean;

const num: Check = (x) => typeof x === 'number' && Number.isFinite(x);
const str: Check = (x) => typeof x === 'string';
const bool: Check = (x) => typeof x === 'boolean';
const range =
  (lo: number, hi: number): Check =>
  (x) =>
    num(x) && (x as number) >= lo && (x as number) <= hi;
const oneOf =
  (...values: string[]): Check =>
  (x) =>
    typeof x === 'string' && values.includes(x);
const optional =
  (c: Check): Check =>
  (x) =>
    x === undefined || c(x);
const nullable =
  (c: Check): Check =>
  (x) =>
    x === null || c(x);
/** Every index, holes included (`every` would skip them). */
const list =
  (c: Check): Check =>
  (x) => {
    if (!Array.isArray(x)) return false;
    for (let i = 0; i < x.length; i++) if (!c(x[i])) return false;
    return true;
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (x) =>
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    Object.entries(fields).every(([k, c]) => c((x as Record<string, unknown>)[k]));

const VERDICT_KIND = oneOf('send', 'revise', 'hold');
const SOURCE = oneOf('bio', 'post', 'name', 'location', 'url', 'thread', 'brand');
const ledger = shape({ total: num, entries: list(shape({ id: str, points: num })) });

const verdict = shape({
  version: (x) => x === 1,
  score: range(0, 100),
  verdict: VERDICT_KIND,
  relevance: nullable(range(0, 1)),
  spam: range(0, 1),
  context: shape({
    kind: oneOf('customer-initiated', 'ongoing', 'cold'),
    openQuestion: nullable(shape({ text: str, index: num })),
    theirMessages: num,
    myMessages: num,
  }),
  language: shape({ code: str, english: bool, reliable: bool }),
  signals: list(
    shape({
      id: str,
      axis: oneOf('spam', 'relevance'),
      severity: oneOf('good', 'info', 'low', 'medium', 'high'),
      weight: num,
      points: num,
      message: str,
      evidence: list(shape({ start: num, end: num, text: str })),
      quotes: optional(list(shape({ source: SOURCE, index: optional(num), text: str }))),
    }),
  ),
  suggestions: list(shape({ id: str, text: str, signals: list(str) })),
  interests: list(
    shape({
      label: str,
      source: SOURCE,
      quote: str,
      index: optional(num),
      weight: num,
      touched: bool,
    }),
  ),
  engage: nullable(
    shape({
      source: oneOf('question', 'post', 'bio'),
      index: optional(num),
      text: str,
      engaged: bool,
    }),
  ),
  ledger: shape({ relevance: ledger, spam: ledger }),
  skipped: list(shape({ id: str, reason: str })),
  elapsedMs: num,
});

const scoreReply = shape({
  verdict: nullable(verdict),
  paused: bool,
  gate: oneOf('off', 'warn', 'hold', 'strict'),
  memory: bool,
  gateVerdict: optional(VERDICT_KIND),
});

export function isScoreReply(x: unknown): x is ScoreReply {
  return scoreReply(x);
}

const opener = shape({
  text: (x: unknown) => str(x) && (x as string).length >= 1 && (x as string).length <= 600,
  source: oneOf('question', 'post', 'bio'),
  score: range(0, 100),
});

/** The worker's `suggest-opener` reply, checked as `openerSchema` (shared/opener.ts) would. */
export function isOpener(x: unknown): x is Opener {
  return opener(x);
}
