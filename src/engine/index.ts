/**
 * The engine's one entry point: `score(input)` → an explained verdict. Pure TypeScript: no DOM,
 * no extension API, no I/O. It runs unchanged in the service worker, in Node tests and in the CLI.
 */
import { buildAnalysis } from './analysis';
import type { Finding } from './detector';
import { DETECTORS } from './detectors';
import { interestsOf } from './relevance';
import type { EngineResources } from './resources';
import {
  DEFAULT_ENGINE_SETTINGS,
  type EngineInput,
  type EngineSettings,
  engineInputSchema,
  engineSettingsSchema,
  type ParsedInput,
} from './schema';
import type { Signal, SkippedCheck, Suggestion, Verdict } from './types';
import { ledgerOf, relevanceOf, scoreOf, spamOf, verdictOf } from './verdict';

export type { EngineResources } from './resources';
export * from './schema';
export { SIGNAL_NAME_KEYS, signalNameKey } from './signal-names';
export { BANDS, bandKeys } from './text/bands';
export { fingerprint, linkHashes } from './text/fingerprint';
export type * from './types';

export type ParseResult = { ok: true; input: ParsedInput } | { ok: false; error: string };

/** Validates untrusted input; the error names the field and the problem. */
export function parseInput(raw: unknown): ParseResult {
  const r = engineInputSchema.safeParse(raw);
  if (r.success) return { ok: true, input: r.data };
  const issue = r.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    // A misplaced field (the thread under `conversation.messages`) must not be scored as if the
    // data were absent: name it so the caller can fix it.
    const where = issue.keys.map((k) => [...issue.path, k].join('.')).join(', ');
    return { ok: false, error: `${where}: unknown field` };
  }
  const where = issue?.path.length ? issue.path.join('.') : 'input';
  return { ok: false, error: `${where}: ${issue?.message ?? 'invalid'}` };
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2, info: 3, good: 4 } as const;

/** Scores a validated input. Throws only on programming errors; use `scoreInput` for raw input. */
export function score(input: ParsedInput, resources: EngineResources = {}): Verdict {
  const t0 = performance.now();
  const settings: EngineSettings = engineSettingsSchema.parse({
    ...DEFAULT_ENGINE_SETTINGS,
    ...input.settings,
  });
  const a = buildAnalysis(input, settings, resources);
  const findings: Finding[] = [];
  const skipped: SkippedCheck[] = [];
  for (const d of DETECTORS) {
    if (d.englishOnly && !a.language.english) {
      skipped.push({
        id: d.name,
        reason: a.t('engine_skipped_english_lists', [a.language.code]),
      });
      continue;
    }
    findings.push(...d.run(a));
  }
  const signals: Signal[] = findings
    .map(({ suggestion: _s, ...signal }) => signal)
    .sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] || y.weight - x.weight);
  const suggestions = suggestionsOf(findings);

  const r = a.recipient;
  const known =
    Boolean(r.bio?.trim() || r.location?.trim() || r.posts?.some((p) => p.trim())) ||
    a.context.theirMessages > 0;
  const relevance = relevanceOf(signals, known);
  const spam = spamOf(signals);
  const total = scoreOf(relevance, spam, a.context.kind);
  return {
    version: 1,
    score: total,
    verdict: verdictOf(total, settings),
    relevance,
    spam,
    context: a.context,
    language: { code: a.language.code, english: a.language.english, reliable: a.language.reliable },
    signals,
    suggestions,
    interests: interestsOf(a),
    engage: null,
    ledger: { relevance: ledgerOf(signals, 'relevance'), spam: ledgerOf(signals, 'spam') },
    skipped,
    elapsedMs: Math.round((performance.now() - t0) * 1000) / 1000,
  };
}

/** Validates and scores; bad input gives `{error}` instead of throwing. */
export function scoreInput(
  raw: EngineInput | unknown,
  resources: EngineResources = {},
): { ok: true; verdict: Verdict } | { ok: false; error: string } {
  const parsed = parseInput(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, verdict: score(parsed.input, resources) };
}

function suggestionsOf(findings: readonly Finding[]): Suggestion[] {
  const byText = new Map<string, Suggestion>();
  const ranked = [...findings].sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  for (const f of ranked) {
    if (!f.suggestion) continue;
    const seen = byText.get(f.suggestion);
    if (seen) seen.signals.push(f.id);
    else byText.set(f.suggestion, { id: `fix-${f.id}`, text: f.suggestion, signals: [f.id] });
  }
  return [...byText.values()].slice(0, 6);
}
