/**
 * The engine's entry points. Pure TypeScript: no DOM, no extension API, no I/O. It runs
 * unchanged in the service worker, in Node tests and in the CLI.
 *
 * `createEngine(resources)` gives an instance that keeps caches between calls (the worker and the
 * CLI hold one); `score()` is the same with a fresh instance per call. Either way the verdict
 * depends only on the input.
 */
import { type Analysis, buildAnalysis } from './analysis';
import { EngineCaches } from './caches';
import type { Hit } from './detector';
import { DETECTORS } from './detectors';
import { dismissedSet, setAside } from './dismiss';
import { MODEL, type ModelData } from './model/index';
import { type SignalId, signalDef } from './registry';
import { engageOf, interestsOf } from './relevance';
import { profileKnown } from './relevance/shared';
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
import { cutsOf, ledgerOf, relevanceOf, scoreOf, signalOf, spamOf, verdictOf } from './verdict';

export {
  ALIASES,
  canonicalId,
  SIGNALS,
  type SignalDef,
  type SignalId,
  signalNameKey,
} from './registry';
export type { EngineResources } from './resources';
export * from './schema';
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

/** What the detectors found, before any points: the fit script reads features from here. */
export interface Analysed {
  analysis: Analysis;
  hits: Hit[];
  skipped: SkippedCheck[];
}

export interface Engine {
  /** Scores a validated input. Throws only on programming errors. */
  score(input: ParsedInput): Verdict;
  /** Validates and scores; bad input gives `{error}` instead of throwing. */
  scoreInput(
    raw: EngineInput | unknown,
  ): { ok: true; verdict: Verdict } | { ok: false; error: string };
  /** The detectors' hits for a validated input, without the model. */
  analyse(input: ParsedInput): Analysed;
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2, info: 3, good: 4 } as const;

/** Per detector (in DETECTORS order), whether every signal it emits reads English lists only. */
const ENGLISH_ONLY: readonly boolean[] = DETECTORS.map((d) =>
  d.signals.every((id) => signalDef(id).englishOnly === true),
);

export function createEngine(resources: EngineResources = {}, model: ModelData = MODEL): Engine {
  const caches = new EngineCaches();

  function analyse(input: ParsedInput): Analysed {
    const a = buildAnalysis(input, settingsOf(input), resources, caches);
    const hits: Hit[] = [];
    const skipped: SkippedCheck[] = [];
    for (let i = 0; i < DETECTORS.length; i++) {
      const d = DETECTORS[i]!;
      if (!a.language.english && ENGLISH_ONLY[i]) {
        skipped.push({
          id: d.name,
          reason: a.t('engine_skipped_english_lists', [a.language.code]),
        });
        continue;
      }
      for (const h of d.run(a)) {
        // A detector mixing English lists with checks for every language drops only the former.
        if (a.language.english || !signalDef(h.id).englishOnly) hits.push(h);
      }
    }
    return { analysis: a, hits, skipped };
  }

  /**
   * The input's settings over the defaults, validated once per distinct settings: JSON keys them
   * exactly (an undefined field, dropped by JSON, takes its default either way).
   */
  function settingsOf(input: ParsedInput): EngineSettings {
    const key = JSON.stringify(input.settings ?? null);
    let settings = caches.settings.get(key);
    if (!settings) {
      settings = deepFreeze(
        engineSettingsSchema.parse({ ...DEFAULT_ENGINE_SETTINGS, ...input.settings }),
      );
      caches.settings.set(key, settings);
    }
    return settings;
  }

  function score(input: ParsedInput): Verdict {
    const t0 = performance.now();
    const { analysis: a, hits, skipped } = analyse(input);
    const kind = a.context.kind;
    const dismissed = dismissedSet(input.dismissed);
    const signals: Signal[] = hits
      .map((h) => signalOf(h, model, kind))
      .map((s) => (dismissed.has(s.id as SignalId) ? setAside(s) : s))
      .sort(
        (x, y) =>
          SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] ||
          Math.abs(y.points) - Math.abs(x.points),
      );
    const known = profileKnown(a) || a.context.theirMessages > 0;
    const total = scoreOf(signals, model, kind, known);
    return {
      version: 1,
      score: total,
      verdict: verdictOf(total, cutsOf(a.settings)),
      relevance: relevanceOf(signals, known),
      spam: spamOf(signals),
      context: a.context,
      language: {
        code: a.language.code,
        english: a.language.english,
        reliable: a.language.reliable,
      },
      signals,
      suggestions: suggestionsOf(hits, signals),
      interests: interestsOf(a),
      engage: engageOf(a),
      ledger: { relevance: ledgerOf(signals, 'relevance'), spam: ledgerOf(signals, 'spam') },
      skipped,
      elapsedMs: Math.round((performance.now() - t0) * 1000) / 1000,
    };
  }

  return {
    score,
    analyse,
    scoreInput(raw) {
      const parsed = parseInput(raw);
      if (!parsed.ok) return parsed;
      return { ok: true, verdict: score(parsed.input) };
    },
  };
}

/** Scores a validated input with a fresh engine (no caches kept between calls). */
export function score(input: ParsedInput, resources: EngineResources = {}): Verdict {
  return createEngine(resources).score(input);
}

/** Validates and scores with a fresh engine; bad input gives `{error}` instead of throwing. */
export function scoreInput(
  raw: EngineInput | unknown,
  resources: EngineResources = {},
): { ok: true; verdict: Verdict } | { ok: false; error: string } {
  return createEngine(resources).scoreInput(raw);
}

/** Freezes `value` and everything it holds, so a shared cached value cannot be changed. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Suggestions of the signals that cost the most points first, one per distinct text. */
function suggestionsOf(hits: readonly Hit[], signals: readonly Signal[]): Suggestion[] {
  const points = new Map(signals.map((s) => [s.id, s.points]));
  const byText = new Map<string, Suggestion>();
  const ranked = hits
    .filter((h) => h.suggestion && (points.get(h.id) ?? 0) < 0)
    .sort((x, y) => (points.get(x.id) ?? 0) - (points.get(y.id) ?? 0));
  for (const h of ranked) {
    const text = h.suggestion!;
    const seen = byText.get(text);
    if (seen) seen.signals.push(h.id);
    else byText.set(text, { id: `fix-${h.id}`, text, signals: [h.id] });
  }
  return [...byText.values()].slice(0, 6);
}
