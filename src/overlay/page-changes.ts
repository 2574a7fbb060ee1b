/**
 * "X's page changed" from the content script to the parts of the overlay that measure it (the
 * composer's box, the room around the badge), with what was added to the page. Kept out of the
 * store: a change that moves nothing must not re-render the badge and card.
 */

import type { Added } from '../sites/x/added.ts';

export interface PageChanges {
  emit(added: Added): void;
  subscribe(fn: (added: Added) => void): () => void;
}

export function createPageChanges(): PageChanges {
  const subs = new Set<(added: Added) => void>();
  return {
    emit(added) {
      for (const fn of subs) fn(added);
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}
