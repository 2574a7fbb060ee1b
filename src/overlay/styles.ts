/**
 * The overlay's CSS, injected into Worthy's own shadow root (X's CSS cannot reach in, ours cannot
 * leak out). Two parts, so the warning can later ship alone in the always-loaded script (issue 12):
 * the warning needs only the colour tokens and its own rules; the badge and card add the shared
 * component kit.
 */
import tokens from '../ui/tokens.css?inline';
import kit from '../ui/ui.css?inline';
import card from './card.css?inline';
import warning from './warning.css?inline';

export const HOST_STYLE =
  'all: initial !important; position: fixed !important; z-index: 2147483646 !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; display: block !important;';

const HOST =
  ':host { all: initial; position: fixed; z-index: 2147483646; top: 0; left: 0; width: 0; height: 0; }';

export const WARNING_CSS = `${HOST}\n${tokens}\n${warning}`;
export const CARD_CSS = `${kit}\n${card}`;
