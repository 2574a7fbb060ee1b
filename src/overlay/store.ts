/** A tiny observable holder: the content script writes, the Preact tree reads. */
import type { OverlayState } from './model';

export type StoreState = OverlayState;

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
