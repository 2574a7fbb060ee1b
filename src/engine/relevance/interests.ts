/**
 * The recipient's interests as 3–5 phrases they actually use: the rarer words and two-word
 * phrases that recur in their bio and posts, each quoting the text it came from, ticked as
 * `touched` only when the draft uses one of its words. Everyday words ("else", "waiting") are left
 * out by rarity; a phrase ("partial index") wins over its parts.
 */
import type { Analysis } from '../analysis';
import type { InterestCandidate } from '../caches';
import { FUNCTION_WORDS } from '../text/function-words';
import type { Interest } from '../types';
import { draftSideOf } from './match';
import { type Profile, profileOf, type Unit } from './profile';
import { profileKnown } from './shared';
import type { Term } from './terms';

export const MAX_INTERESTS = 5;
/**
 * Rarity a single word needs (IDF from the vocabulary's frequency rank, ln(2 + rank/200)): about
 * rank 3,500 and beyond, past the everyday words every post uses. A word used in two of their
 * posts needs less: repetition says it matters to them.
 */
const RARE = 2.9;
const RARE_REPEATED = 2.2;

interface Scored {
  key: string;
  stems: string[];
  label: string;
  unit: Unit;
  score: number;
}

function isCandidate(t: Term): boolean {
  if (t.part || t.norm.length < 3 || /^\d/.test(t.norm) || FUNCTION_WORDS.has(t.norm)) return false;
  return /\p{L}/u.test(t.norm);
}

/** Adjacent in the text: only spaces or a hyphen between them. */
function adjacent(u: Unit, x: Term, y: Term): boolean {
  return y.start - x.end <= 2 && /^[\s-]*$/.test(u.text.slice(x.end, y.start));
}

function rankInterests(p: Profile): Scored[] {
  const words = new Map<string, Scored>();
  const unitsOf = new Map<string, Set<Unit>>();
  const phrases = new Map<string, Scored>();
  for (const u of p.units) {
    const terms = u.terms.filter(isCandidate);
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const w = words.get(t.stem) ?? {
        key: t.stem,
        stems: [t.stem],
        label: t.norm,
        unit: u,
        score: 0,
      };
      w.score += t.idf;
      words.set(t.stem, w);
      const seen = unitsOf.get(t.stem) ?? new Set<Unit>();
      seen.add(u);
      unitsOf.set(t.stem, seen);
      const next = terms[i + 1];
      if (next && adjacent(u, t, next)) {
        const key = `${t.stem} ${next.stem}`;
        const ph = phrases.get(key) ?? {
          key,
          stems: [t.stem, next.stem],
          label: u.text.slice(t.start, next.end).toLowerCase(),
          unit: u,
          score: 0,
        };
        ph.score += t.idf + next.idf;
        phrases.set(key, ph);
      }
    }
  }
  const rare = (w: Scored) => {
    const n = unitsOf.get(w.key)?.size ?? 1;
    const idf = w.score / Math.max(1, countOf(p, w.key));
    // Without vectors every word has IDF 1: length stands in for rarity.
    if (idf === 1) return w.label.length >= 5 || n >= 2;
    return idf >= (n >= 2 ? RARE_REPEATED : RARE);
  };
  const singles = [...words.values()].filter(rare).map((w) => ({
    ...w,
    score: w.score * (1 + 0.5 * ((unitsOf.get(w.key)?.size ?? 1) - 1)),
  }));
  // A phrase counts when at least one of its words is rare: "sourdough starter", not "last week".
  const pairs = [...phrases.values()]
    .filter((ph) => ph.stems.some((s) => singles.some((w) => w.key === s)))
    .map((ph) => ({ ...ph, score: ph.score * 1.2 }));
  const all = [...pairs, ...singles].sort(
    (x, y) => y.score - x.score || x.label.localeCompare(y.label),
  );
  const out: Scored[] = [];
  const used = new Set<string>();
  for (const c of all) {
    if (c.stems.some((s) => used.has(s))) continue;
    out.push(c);
    for (const s of c.stems) used.add(s);
    if (out.length >= MAX_INTERESTS) break;
  }
  return out;
}

function countOf(p: Profile, stem: string): number {
  let n = 0;
  for (const u of p.units) for (const t of u.terms) if (t.stem === stem) n++;
  return n;
}

function candidatesOf(a: Analysis, p: Profile): InterestCandidate[] {
  const hit = a.caches.interests.get(p);
  if (hit) return hit;
  const ranked = rankInterests(p);
  const max = ranked[0]?.score ?? 1;
  const out: InterestCandidate[] = ranked.map((s) => {
    const c: InterestCandidate = {
      stem: s.stems.join(' '),
      label: s.label,
      source: s.unit.source === 'bio' ? 'bio' : 'post',
      quote: s.unit.text,
      weight: Math.round((s.score / max) * 100) / 100,
    };
    if (s.unit.index !== undefined) c.index = s.unit.index;
    return c;
  });
  a.caches.interests.set(p, out);
  return out;
}

export function interestsOf(a: Analysis): Interest[] {
  return a.memo('relevance:interests', () => {
    if (!profileKnown(a)) return [];
    const p = profileOf(a);
    const cands = candidatesOf(a, p);
    const stems = new Set(draftSideOf(a).terms.map((t) => t.stem));
    const out: Interest[] = cands.map(({ stem, ...c }) => ({
      ...c,
      touched: stem.split(' ').some((s) => stems.has(s)),
    }));
    const loc = a.recipient.location?.trim();
    if (loc && out.length < MAX_INTERESTS) {
      const place = loc.slice(0, 100);
      const lower = place.toLowerCase();
      out.push({
        label: place,
        source: 'location',
        quote: place,
        weight: 0.3,
        touched: a.tokens.some((t) => t.norm.length >= 3 && lower.includes(t.norm)),
      });
    }
    return out;
  });
}
