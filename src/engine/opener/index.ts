/**
 * "A fix you can use": an opener line built from the recipient's own words (the verdict's engage
 * item first: their open question, the post the draft relates to or their newest post, their
 * bio), in one of several wordings chosen by a seed from the recipient and the draft. Every line
 * is scored by the engine for that recipient, thread and history before it is offered; only a
 * line that is itself `send`, with nothing serious against it and nothing of a template about it,
 * is. Otherwise nothing is offered: no line beats a bad line.
 *
 * Pure: the caller passes its engine; the same input gives the same line.
 */
import { signalDef } from '../registry';
import type { ParsedInput } from '../schema';
import type { EngageItem, Verdict } from '../types';
import { type Fragment, firstName, fragments } from './fragment';
import { ASKS, TEMPLATES, type TemplateSource } from './templates';

export interface OpenerLine {
  text: string;
  source: EngageItem['source'];
  /** The engine's score for the line itself. */
  score: number;
}

interface Candidate {
  text: string;
  source: EngageItem['source'];
}

/** At most this many lines are scored per request (each is one engine run, 1–2 ms). */
export const MAX_SCORED = 8;
/** Wordings tried per quoted sentence. */
const VARIANTS = 2;
/** Posts looked at besides the engage item, newest first. */
const MORE_POSTS = 3;

/** FNV-1a: a stable seed from the recipient and the draft (not a security hash). */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function fill(template: string, hi: string, q: string, ask: string): string {
  return template.replace('{hi}', hi).replace('{q}', q).replace('{ask}', ask).trim();
}

function templateFor(source: EngageItem['source'], f: Fragment): TemplateSource {
  if (source === 'post') return f.question ? 'post-question' : 'post';
  return source;
}

/** The wordings for one quoted sentence, `VARIANTS` of them, rotated by the seed. */
function linesFor(
  source: EngageItem['source'],
  f: Fragment,
  hi: string,
  seed: number,
): Candidate[] {
  const kind = templateFor(source, f);
  const templates = TEMPLATES[kind];
  const asks = kind === 'post' || kind === 'bio' ? ASKS[kind] : [''];
  const out: Candidate[] = [];
  for (let i = 0; i < Math.min(VARIANTS, templates.length); i++) {
    const t = templates[(seed + i) % templates.length]!;
    const ask = asks[((seed >>> 8) + i) % asks.length]!;
    out.push({ text: fill(t, hi, f.text, ask), source });
  }
  return out;
}

/** What of theirs to quote, best first: the engage item, then their newest posts, then the bio. */
function sources(
  input: ParsedInput,
  engage: EngageItem | null,
): { source: EngageItem['source']; text: string }[] {
  const out: { source: EngageItem['source']; text: string }[] = [];
  if (engage) out.push({ source: engage.source, text: engage.text });
  // An open question in a thread is the one thing to answer: nothing else is offered there.
  if (engage?.source === 'question') return out;
  const posts = input.recipient?.posts ?? [];
  for (const p of posts.slice(0, MORE_POSTS)) out.push({ source: 'post', text: p });
  const bio = input.recipient?.bio;
  if (bio) out.push({ source: 'bio', text: bio });
  return out;
}

/** Every line worth scoring, in the order they are tried. */
export function openerCandidates(input: ParsedInput, engage: EngageItem | null): Candidate[] {
  const r = input.recipient ?? {};
  const name = firstName(r.name);
  const hi = name ? `Hi ${name}` : 'Hi';
  const seed = seedOf(`${(r.handle ?? r.name ?? '').toLowerCase()}\n${input.draft}`);
  const out: Candidate[] = [];
  // The engage item is often one sentence of a post or the bio listed again after it.
  const quoted = new Set<string>();
  for (const s of sources(input, engage)) {
    const f = fragments(s.text)[0];
    if (!f || quoted.has(f.text)) continue;
    quoted.add(f.text);
    out.push(...linesFor(s.source, f, hi, seed));
  }
  return out;
}

/** Nothing serious against it, nothing of a template or of blanket sending about it. */
export function acceptable(v: Verdict): boolean {
  if (v.verdict !== 'send') return false;
  return v.signals.every(
    (s) =>
      s.points >= 0 || (s.severity === 'low' && signalDef(s.id as never)?.family !== 'sending'),
  );
}

/**
 * The opener to offer for `input` (whose draft got `verdict`), or null. English wordings, so only
 * offered when the draft is in English.
 */
export function suggestOpener(
  engine: { score(input: ParsedInput): Verdict },
  input: ParsedInput,
  verdict: Verdict,
): OpenerLine | null {
  if (!verdict.language.english) return null;
  const { language: _hint, ...rest } = input;
  let tried = 0;
  for (const c of openerCandidates(input, verdict.engage)) {
    if (++tried > MAX_SCORED) break;
    const v = engine.score({ ...rest, draft: c.text });
    if (acceptable(v)) return { text: c.text, source: c.source, score: v.score };
  }
  return null;
}
