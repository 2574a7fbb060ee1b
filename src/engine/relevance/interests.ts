/**
 * The recipient's interests: the rarer words that recur in their bio and posts (plus location),
 * each quoting the text it came from, marked `touched` when the draft shares the word or a word
 * close in meaning. Works lexically in any language; "close in meaning" needs English vectors.
 */
import type { Analysis } from '../analysis';
import type { Interest } from '../types';
import { CLOSE_WORDS, draftSideOf } from './match';
import { type Profile, profileOf, type Unit } from './profile';
import { profileKnown } from './shared';

export const MAX_INTERESTS = 12;
/** Words at least this rare (IDF from the vocabulary rank) can be interests. */
const MIN_IDF = 1.3;

type Candidate = Omit<Interest, 'touched'> & { stem: string };

const ranked = new WeakMap<Profile, Candidate[]>();

function rankInterests(p: Profile, location: string | undefined): Candidate[] {
  const hit = ranked.get(p);
  if (hit) return hit;
  const scored: { stem: string; norm: string; score: number }[] = [];
  for (const [stem, s] of p.stems) {
    if (s.norm.length < 3 || /^\d/.test(s.norm)) continue;
    const idf = s.weight / Math.max(1, countOf(p, stem));
    if (idf < MIN_IDF) continue;
    scored.push({ stem, norm: s.norm, score: s.weight * (1 + 0.5 * (s.units - 1)) });
  }
  scored.sort((x, y) => y.score - x.score || x.norm.localeCompare(y.norm));
  const top = scored.slice(0, MAX_INTERESTS);
  const max = top[0]?.score ?? 1;
  const out: Candidate[] = top.map((s) => {
    const u = sourceUnit(p.units, s.stem);
    const c: Candidate = {
      stem: s.stem,
      label: u ? (surface(u, s.stem) ?? s.norm) : s.norm,
      source: u?.source ?? 'post',
      quote: u?.text ?? '',
      weight: Math.round((s.score / max) * 100) / 100,
    };
    if (u?.index !== undefined) c.index = u.index;
    return c;
  });
  if (location?.trim()) {
    const loc = location.trim().slice(0, 100);
    out.push({ stem: `\u0000loc`, label: loc, source: 'location', quote: loc, weight: 0.3 });
  }
  const capped = out.slice(0, MAX_INTERESTS);
  ranked.set(p, capped);
  return capped;
}

function countOf(p: Profile, stem: string): number {
  let n = 0;
  for (const u of p.units) for (const t of u.terms) if (t.stem === stem) n++;
  return n;
}

/** Prefer the bio, then the earliest (most recent) post using the word. */
function sourceUnit(units: readonly Unit[], stem: string): Unit | undefined {
  return (
    units.find((u) => u.source === 'bio' && u.terms.some((t) => t.stem === stem)) ??
    units.find((u) => u.terms.some((t) => t.stem === stem))
  );
}

/** The word as the recipient wrote it (normalised). */
function surface(u: Unit, stem: string): string | undefined {
  const t = u.terms.find((x) => x.stem === stem);
  return t?.norm;
}

export function interestsOf(a: Analysis): Interest[] {
  return a.memo('relevance:interests', () => {
    if (!profileKnown(a)) return [];
    const p = profileOf(a);
    const cands = rankInterests(p, a.recipient.location);
    const side = draftSideOf(a);
    const stems = new Set(side.terms.map((t) => t.stem));
    const v = a.resources.vectors;
    const loc = a.recipient.location?.toLowerCase() ?? '';
    return cands.map(({ stem, ...c }) => {
      let touched = stems.has(stem);
      if (c.source === 'location') {
        touched = side.terms.some((t) => t.norm.length >= 3 && loc.includes(t.norm));
      } else if (!touched && v && a.language.english) {
        touched = side.terms
          .slice(0, 60)
          .some((t) => t.row >= 0 && v.wordSimilarity(t.norm, c.label) >= CLOSE_WORDS);
      }
      return { ...c, touched };
    });
  });
}
