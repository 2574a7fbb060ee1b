/**
 * The handlers that run the engine, in the one module the worker evaluates on first use
 * (`loadScoring` in handlers/index.ts): with them come the engine's phrase lists, detectors and
 * model, which a wake that needs no score never evaluates.
 */
export { suggestOpenerFor } from './opener';
export { scoreDraft } from './score-draft';
