/**
 * The handlers that fingerprint drafts or run the engine, in the one module the worker evaluates
 * on first use (`loadDeferred` in handlers/index.ts): with them come the engine's phrase lists,
 * detectors and model, which a wake that needs neither never evaluates.
 */
export { suggestOpenerFor } from './opener';
export { scoreDraft } from './score-draft';
export { sendRecorded } from './send-recorded';
