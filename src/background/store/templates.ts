/**
 * "You sent near-identical messages to many people this week": groups of sends whose
 * fingerprints are ≥ 0.6 similar, reaching ≥ 3 different recipients. Only counts come out.
 *
 * Comparing every pair of a week's sends (up to 5,000) would be millions of comparisons, so
 * candidates come from MinHash banding (MMDS §3.4): 21 bands of 3 slots; two sends sharing any
 * band are compared with `similarity()`. At similarity 0.6 a pair shares a band with
 * probability 1 − (1 − 0.6³)²¹ ≈ 0.99; unrelated messages almost never do.
 */
import { decodeFingerprint, similarity } from '../../engine/text/fingerprint';
import type { SendRecord } from './db';

export const TEMPLATE_SIMILARITY = 0.6;
export const TEMPLATE_MIN_RECIPIENTS = 3;
const ROWS = 3;
/** Buckets larger than this are skipped as candidates (all-but-empty texts collide). */
const MAX_BUCKET = 500;

/** What template grouping reads of a send. */
export type TemplateSend = Pick<SendRecord, 'recipient' | 'at' | 'fingerprint'>;

export interface TemplateGroup {
  recipients: number;
  count: number;
  lastAt: number;
}

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r]!;
  while (parent[i] !== r) {
    const next = parent[i]!;
    parent[i] = r;
    i = next;
  }
  return r;
}

export function findTemplates(sends: readonly TemplateSend[]): TemplateGroup[] {
  // Identical fingerprints (the same template, names neutralised) collapse to one node first.
  const byPrint = new Map<string, TemplateSend[]>();
  for (const s of sends) {
    if (!decodeFingerprint(s.fingerprint)) continue;
    const group = byPrint.get(s.fingerprint);
    if (group) group.push(s);
    else byPrint.set(s.fingerprint, [s]);
  }
  const prints = [...byPrint.keys()];
  const parent = prints.map((_, i) => i);
  // Numeric bucket keys (a hash of band and slots) are much faster than strings; a rare hash
  // collision only adds a candidate, which the similarity check then rejects.
  const buckets = new Map<number, number[]>();
  prints.forEach((fp, i) => {
    const slots = decodeFingerprint(fp)!;
    for (let b = 0; b + ROWS <= slots.length; b += ROWS) {
      const key =
        (Math.imul(b + 1, 0x9e3779b1) ^
          slots[b]! ^
          Math.imul(slots[b + 1]!, 0x85ebca6b) ^
          Math.imul(slots[b + 2]!, 0xc2b2ae35)) >>>
        0;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  const tried = new Set<number>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const i = bucket[x]!;
        const j = bucket[y]!;
        const pair = i * prints.length + j;
        if (tried.has(pair)) continue;
        tried.add(pair);
        if (find(parent, i) === find(parent, j)) continue;
        if (similarity(prints[i]!, prints[j]!) >= TEMPLATE_SIMILARITY) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
  }
  const clusters = new Map<number, TemplateSend[]>();
  prints.forEach((fp, i) => {
    const root = find(parent, i);
    const members = clusters.get(root) ?? [];
    members.push(...byPrint.get(fp)!);
    clusters.set(root, members);
  });
  const out: TemplateGroup[] = [];
  for (const members of clusters.values()) {
    const recipients = new Set(members.map((s) => s.recipient)).size;
    if (recipients < TEMPLATE_MIN_RECIPIENTS) continue;
    const lastAt = members.reduce((m, s) => Math.max(m, s.at), 0);
    out.push({ recipients, count: members.length, lastAt });
  }
  return out.sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}
