import { type Analysis, buildAnalysis } from '../../../../src/engine/analysis';
import { EngineCaches } from '../../../../src/engine/caches';
import type { Hit } from '../../../../src/engine/detector';
import {
  DEFAULT_ENGINE_SETTINGS,
  type EngineInput,
  engineSettingsSchema,
  parseInput,
} from '../../../../src/engine/index';

export const NOW = Date.parse('2026-11-23T10:00:00Z');
export const MIN = 60_000;

export function analysis(input: Partial<EngineInput>): Analysis {
  const r = parseInput({ draft: '', now: NOW, ...input });
  if (!r.ok) throw new Error(r.error);
  const settings = engineSettingsSchema.parse({ ...DEFAULT_ENGINE_SETTINGS, ...r.input.settings });
  return buildAnalysis(r.input, settings, {}, new EngineCaches());
}

export function ids(findings: Hit[]): string[] {
  return findings.map((f) => f.id);
}

export const TEMPLATE = (name: string, topic: string) =>
  `Hi ${name}! I came across your profile and love what you're doing with ${topic}. We help creators like you grow their audience 3x in 90 days with our proven growth system. Would you be open to a quick 15-minute call this week? Check out https://growfast.io/creators to see results. Looking forward to connecting!`;

export const PEOPLE: [string, string][] = [
  ['ben', 'sourdough baking'],
  ['julia', 'watercolour portraits'],
  ['raj', 'marathon training'],
  ['tom', 'tech reviews'],
  ['mia', 'houseplant care'],
  ['carlos', 'home workouts'],
  ['noor', 'product writing'],
  ['kai', 'postgres tuning'],
  ['lena', 'film photography'],
  ['omar', 'street food'],
  ['ines', 'urban sketching'],
];

/** History of the template sent to the first `n` people, one every `gapMin` minutes. */
export function templateHistory(n: number, gapMin = 5) {
  return PEOPLE.slice(0, n).map(([who, topic], i) => ({
    recipient: who,
    text: TEMPLATE(who[0]!.toUpperCase() + who.slice(1), topic),
    at: NOW - (i + 1) * gapMin * MIN,
  }));
}
