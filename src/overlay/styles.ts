/**
 * The CSS of Worthy's shadow root on X's page, the part the script loaded on every x.com page
 * carries: the host's reset, the colour tokens, the summary parts and the pre-send warning. The
 * badge and card add theirs when their script is injected (card-styles.ts). X's CSS cannot reach
 * in, ours cannot leak out.
 */

import summary from '../ui/summary.css?inline';
import tokens from '../ui/tokens.css?inline';
import warning from './warning.css?inline';

export const HOST_STYLE =
  'all: initial !important; position: fixed !important; z-index: 2147483646 !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; display: block !important;';

const HOST =
  ':host { all: initial; position: fixed; z-index: 2147483646; top: 0; left: 0; width: 0; height: 0; }';

export const CORE_CSS = `${HOST}\n${tokens}\n${summary}\n${warning}`;
