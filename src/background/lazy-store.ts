/**
 * The store behind a stand-in that evaluates it on first use. Its modules bring IndexedDB's
 * wrapper, the fingerprinting code and the `confusables` table, whose module builds a map of
 * thousands of entries when evaluated (about 7 ms of a cold worker's thread in Chromium). A ping,
 * a page's status report and the overlay's injection touch none of it, so the worker answers
 * them without paying for it (index.ts).
 */
import type { BackgroundStore } from './deps';

/** Every method of the store, so a method added to the interface cannot be left unforwarded. */
const METHODS: { [K in keyof BackgroundStore]-?: true } = {
  rememberProfile: true,
  getProfile: true,
  recordSend: true,
  sendHistory: true,
  historySummary: true,
  exportAll: true,
  restoreAll: true,
  deleteAll: true,
  deleteRecipient: true,
  loadSettings: true,
  saveSettings: true,
  updateSettings: true,
  memory: true,
};

/** `load` is called once, on the first method call; its promise serves every later call. */
export function lazyStore(load: () => Promise<BackgroundStore>): BackgroundStore {
  let loading: Promise<BackgroundStore> | undefined;
  const forward =
    (name: keyof BackgroundStore) =>
    async (...args: unknown[]): Promise<unknown> => {
      loading ??= load();
      const store = await loading;
      return (store[name] as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  return Object.fromEntries(
    Object.keys(METHODS).map((name) => [name, forward(name as keyof BackgroundStore)]),
  ) as unknown as BackgroundStore;
}
