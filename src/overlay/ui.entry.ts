/**
 * The overlay script: the badge, card and notices (Preact, the shared UI kit). Not a content
 * script of the manifest: the worker injects it into an x.com tab when a DM composer first
 * appears there (background/inject.ts, `load-ui`), so X's other pages only carry the small
 * always-loaded script. Built as one self-contained file (scripts/build/script-bundle.ts).
 */
import { mountUi } from './index';
import { offerUi } from './port';

offerUi(mountUi);
