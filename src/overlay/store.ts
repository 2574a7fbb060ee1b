/** A tiny observable holder: the content script writes, the Preact tree reads. */
import type { OverlayState } from './model';

export interface StoreState extends OverlayState {
  /** Bumped when the page may have moved the anchor (mutations): the badge re-measures. */
  tick: number;
}

export interface Store {
  get(): StoreState;
  set(patch: Partial<StoreState>): void;
  subscribe(fn: () => void): () => void;
}

export function createStore(initial: StoreState): Store {
  let state = initial;
  const subs = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const fn of subs) fn();
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}
