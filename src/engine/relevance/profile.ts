/**
 * The recipient's visible text read once: bio sentences and posts as units, each with its stem
 * bag and sentence vector. Built once per recipient and kept in a small LRU, because the service
 * worker scores the same recipient on every keystroke.
 */
import type { Analysis } from '../analysis';
import type { Recipient } from '../schema';
import type { InterestSource } from '../types';
import { bagOf, rowsOf, type Term, termsOf, vectorOf } from './terms';
import { meanReading, type TopicReading, topicsOf } from './topics';
import type { WordVectors } from './word-vectors';

/** Only the first posts are read (the page lists the most recent first). */
export const MAX_POSTS = 200;
const MAX_UNIT_CHARS = 1_000;
const MAX_UNIT_TOKENS = 160;
const MAX_BIO_CHARS = 2_000;

export interface Unit {
  source: InterestSource;
  /** Index into `recipient.posts` for posts, or into the thread for thread messages. */
  index?: number;
  /** The recipient's text, trimmed for display. */
  text: string;
  terms: Term[];
  /** The distinct stems of `terms`. */
  stems: Set<string>;
  bag: Map<string, number>;
  vec: Float32Array | null;
  /** The unit's topic reading (English word vectors only), or null. */
  topics: TopicReading | null;
}

export interface Profile {
  units: Unit[];
  /** Unit-length mean of the unit vectors: what the recipient posts about overall. */
  centroid: Float32Array | null;
  /** Mean topic reading of the units: what the recipient posts about, in broad topics. */
  topics: TopicReading | null;
  /** Stems over the whole profile: summed IDF weight and the number of units using each. */
  stems: Map<string, { weight: number; units: number; norm: string }>;
}

export function unitOf(
  text: string,
  source: InterestSource,
  vectors: WordVectors | undefined,
  index?: number,
): Unit {
  const clipped = text.length > MAX_UNIT_CHARS ? text.slice(0, MAX_UNIT_CHARS) : text;
  const terms = termsOf(clipped, vectors, MAX_UNIT_TOKENS);
  const vec = vectorOf(terms, vectors);
  const u: Unit = {
    source,
    text: display(clipped),
    terms,
    stems: new Set(terms.map((t) => t.stem)),
    bag: bagOf(terms),
    vec,
    topics: vec && vectors ? topicsOf(vec, rowsOf(terms), vectors) : null,
  };
  if (index !== undefined) u.index = index;
  return u;
}

export function display(text: string, max = 280): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** Bio sentences: split on sentence ends, line breaks and the separators bios use. */
export function bioSentences(bio: string): string[] {
  return bio
    .slice(0, MAX_BIO_CHARS)
    .split(/(?<=[.!?])\s+|\n+|\s[|•·/]\s|\s+[-–—]\s+/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function buildProfile(r: Recipient, vectors: WordVectors | undefined): Profile {
  const units: Unit[] = [];
  for (const s of bioSentences(r.bio ?? '')) units.push(unitOf(s, 'bio', vectors));
  const posts = r.posts ?? [];
  for (let i = 0; i < Math.min(posts.length, MAX_POSTS); i++) {
    const p = posts[i]!;
    if (p.trim()) units.push(unitOf(p, 'post', vectors, i));
  }
  let centroid: Float32Array | null = null;
  if (vectors) {
    const acc = new Float32Array(vectors.dims);
    let any = false;
    for (const u of units) {
      if (!u.vec) continue;
      any = true;
      for (let d = 0; d < acc.length; d++) acc[d]! += u.vec[d]!;
    }
    if (any) {
      let n = 0;
      for (let d = 0; d < acc.length; d++) n += acc[d]! * acc[d]!;
      n = Math.sqrt(n);
      if (n > 1e-9) {
        for (let d = 0; d < acc.length; d++) acc[d] = acc[d]! / n;
        centroid = acc;
      }
    }
  }
  const stems = new Map<string, { weight: number; units: number; norm: string }>();
  for (const u of units) {
    const seen = new Set<string>();
    for (const t of u.terms) {
      if (t.part) continue;
      const s = stems.get(t.stem) ?? { weight: 0, units: 0, norm: t.norm };
      s.weight += t.idf;
      if (!seen.has(t.stem)) {
        s.units++;
        seen.add(t.stem);
      }
      stems.set(t.stem, s);
    }
  }
  const readings: TopicReading[] = [];
  for (const u of units) if (u.topics) readings.push(u.topics);
  return { units, centroid, topics: meanReading(readings), stems };
}

/** Key of the recipient text the profile depends on (capped like the profile itself). */
function keyOf(r: Recipient): string {
  const posts = r.posts ?? [];
  const parts = [r.bio?.slice(0, MAX_BIO_CHARS) ?? ''];
  for (let i = 0; i < Math.min(posts.length, MAX_POSTS); i++) {
    parts.push(posts[i]!.slice(0, MAX_UNIT_CHARS));
  }
  return parts.join('\u0000');
}

/** The recipient's profile: memoised per analysis and cached per recipient text in the engine instance. */
export function profileOf(a: Analysis): Profile {
  return a.memo('relevance:profile', () => {
    // The same recipient as last time, field for field: no key to build (5 KB joined and hashed
    // on every keystroke). Whole texts are compared, stricter than the key's capped ones.
    const last = a.caches.lastProfile;
    if (last && sameText(last.recipient, a.recipient)) return last.profile;
    const vectors = a.resources.vectors;
    // The engine instance holds one resources object, so the recipient's text is the whole key.
    const cache = a.caches.profiles;
    const key = keyOf(a.recipient);
    let p = cache.get(key);
    if (!p) {
      p = buildProfile(a.recipient, vectors);
      cache.set(key, p);
    }
    a.caches.lastProfile = { recipient: textOf(a.recipient), profile: p };
    return p;
  });
}

/** What of a recipient the profile reads (a copy: the caller's arrays may change). */
function textOf(r: Recipient): ProfileText {
  return { bio: r.bio, posts: r.posts ? [...r.posts] : undefined };
}

function sameText(x: ProfileText, r: Recipient): boolean {
  if (x.bio !== r.bio) return false;
  const a = x.posts;
  const b = r.posts;
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The recipient's text a profile was built from (caches.ts keeps the last one). */
export interface ProfileText {
  bio: string | undefined;
  posts: readonly string[] | undefined;
}
