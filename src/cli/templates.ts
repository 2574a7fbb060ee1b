/**
 * Rows that share a template, grouped as the rows arrive: each row is joined (union-find) with
 * the earlier rows whose fingerprints match it at the template threshold. Those are looked up by
 * band key (sent-rows.ts), never by comparing every pair of rows.
 */
import { TEMPLATE_SIMILARITY } from '../engine/signals/sending/blanket';
import type { SentRows } from './sent-rows';

/** Shorter drafts ("thanks!", "sounds good") are naturally the same for everyone. */
const MIN_WORDS = 5;

export class TemplateGroups {
  private readonly parent: number[] = [];

  /** Groups row `i` (the latest row added to `sent`) with the earlier rows it matches. */
  add(sent: SentRows, i: number, draft: string): void {
    while (this.parent.length <= i) this.parent.push(this.parent.length);
    if (draft.trim().split(/\s+/).length < MIN_WORDS) return;
    for (const j of sent.similarTo(i, TEMPLATE_SIMILARITY)) {
      const a = this.find(i);
      const b = this.find(j);
      // The earlier row is the root, so a group's root is its first row.
      if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
    }
  }

  /** Groups of at least `minSize` rows, as 1-based row numbers in order. */
  groups(minSize = 3): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const g = byRoot.get(root);
      if (g) g.push(i + 1);
      else byRoot.set(root, [i + 1]);
    }
    return [...byRoot.values()].filter((g) => g.length >= minSize);
  }

  private find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    // Path compression: later finds on this chain take one step.
    for (let k = i; this.parent[k] !== r; ) {
      const up = this.parent[k]!;
      this.parent[k] = r;
      k = up;
    }
    return r;
  }
}
