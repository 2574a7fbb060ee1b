/**
 * Lets the worker's modules load in Node for a benchmark: webextension-polyfill refuses to load
 * outside an extension unless `chrome.runtime.id` is set. Nothing here is called; the benchmark
 * gives the store its own storage areas (`useStorageAreas`). Import it first.
 */
(globalThis as { chrome?: unknown }).chrome ??= { runtime: { id: 'worthy-bench' } };
