/**
 * Where the verdict lines sit on the score scale. The fit puts both of the ordinal model's
 * cut-points here in every context (per-context differences live in the base score), so a user's
 * strictness is an offset from these lines rather than a second set of absolute numbers that
 * would silently go stale when the model is refitted. Kept apart from weights.json so the popup
 * and settings can read them without bundling the model.
 */
export const SEND_AT = 70;
export const HOLD_BELOW = 40;
/** How far the user may move either line, in score points (stricter is positive). */
export const MAX_STRICTNESS = 30;
