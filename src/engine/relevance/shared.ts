/** Small helpers the relevance detectors share. */
import type { Analysis } from '../analysis';
import { evidence } from '../detector';
import { templateMatches } from '../signals/sending/blanket';
import type { Evidence, Quote } from '../types';
import type { Unit } from './profile';
import type { Term } from './terms';

/** Whether anything is known of the recipient's own text (bio, location or posts). */
export function profileKnown(a: Analysis): boolean {
  const r = a.recipient;
  return Boolean(r.bio?.trim() || r.location?.trim() || r.posts?.some((p) => p.trim()));
}

/** Evidence ranges for terms, one per distinct stem, at most `max`. */
export function termEvidence(a: Analysis, terms: readonly Term[], max = 6): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const t of terms) {
    if (seen.has(t.stem)) continue;
    seen.add(t.stem);
    out.push(evidence(a.draft, t.start, t.end));
    if (out.length >= max) break;
  }
  return out;
}

export function quoteOf(u: Unit): Quote {
  const q: Quote = { source: u.source, text: u.text };
  if (u.index !== undefined) q.index = u.index;
  return q;
}

/** The unit to point the user to: the best match if any, else the most recent post, else bio. */
export function unitToEngage(units: readonly Unit[], best: number): Unit | undefined {
  if (best >= 0 && units[best]) return units[best];
  return units.find((u) => u.source === 'post') ?? units[0];
}

/**
 * The draft is a template already sent to several other people recently. Its "personal" line
 * then proves nothing: swapping a name or topic into one sentence does not make a message
 * written for this person (the labelling guide's blast rule), so relevance credit stands down.
 */
export const TEMPLATE_RECIPIENTS = 5;

export function isTemplate(a: Analysis): boolean {
  return templateMatches(a).others.size >= TEMPLATE_RECIPIENTS;
}

export const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
export const round1 = (x: number) => Math.round(x * 10) / 10;
