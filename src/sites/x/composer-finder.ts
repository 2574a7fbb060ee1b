/**
 * Finds the DM composers again after each page change without searching the whole page each
 * time. On a long conversation every batch of arriving messages is a page change, and a search of
 * the document and the Chat shadow roots lists tens of thousands of elements; a composer can only
 * appear in what was added, so the full search runs only when something added may hold one, a
 * known composer left the page, or what changed is not known (a navigation, a new shadow root).
 */
import { COMPOSER_EDITORS, composerCandidates, usable } from './composer.ts';
import type { Added } from './observe.ts';
import type { ComposerHandle } from './types.ts';

/** Whether `el` is, or contains, an element that can be a composer's editor. */
export function mayHoldComposer(el: Element): boolean {
  return el.matches(COMPOSER_EDITORS) || el.querySelector(COMPOSER_EDITORS) !== null;
}

export class ComposerFinder {
  private known: ComposerHandle[] | null = null;

  constructor(private readonly doc: Document) {}

  /** The usable composers now; `added` as `observePage` reports it (null: search everything). */
  find(added: Added = null): ComposerHandle[] {
    const known = this.known;
    const stale =
      known === null ||
      added === null ||
      known.some((c) => !c.editor.isConnected) ||
      added.some((el) => el.isConnected && mayHoldComposer(el));
    const all = stale ? composerCandidates(this.doc) : known;
    this.known = all;
    // Usability (Send found) is asked again each time: it changes with the draft, not the DOM.
    return all.filter(usable);
  }
}
