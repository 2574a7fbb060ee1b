/**
 * The popup over the mock API, for screenshots: `?tab=settings&state=verdict&theme=dim`.
 * Built by `vite.config.ts` beside it into /tmp, never into dist/.
 */
import { render } from 'preact';
import '../../../src/ui/tokens.css';
import '../../../src/ui/summary.css';
import '../../../src/ui/ui.css';
import '../../../src/popup/popup.css';
// No chrome.i18n outside the extension: the popup's text comes from the English catalog.
import '../../../src/shared/i18n-english';
import { App, type PopupTab } from '../../../src/popup/App';
import { mockApi } from '../../../src/popup/api-mock';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { HISTORY, NO_DRAFT, NOW, STANDS_ASIDE, TAB_STATE } from '../fixtures';

const q = new URLSearchParams(location.search);
const state = q.get('state') ?? 'verdict';
const theme = q.get('theme');

const api = mockApi({
  tab:
    state === 'elsewhere' ? { id: 1, url: undefined } : { id: 1, url: 'https://x.com/i/chat/1-2' },
  tabState:
    state === 'no-draft'
      ? NO_DRAFT
      : state === 'aside'
        ? STANDS_ASIDE
        : state === 'memory-off'
          ? { ...TAB_STATE, memory: false }
          : TAB_STATE,
  settings: {
    ...DEFAULT_SETTINGS,
    pausedUntil: state === 'paused' ? NOW + 3_600_000 : 0,
    mutedConversations: ['1581234567890-1590000000000', '111-222'],
    mutedPeople: { '111-222': { handle: 'alice', name: 'Alice Runner' } },
    engine: {
      ...DEFAULT_SETTINGS.engine,
      triggerPhrases: ['act now', 'limited time'],
      trustedDomains: ['brew.example'],
    },
  },
  history:
    state === 'memory-off'
      ? {
          ...HISTORY,
          storage: {
            available: false,
            reason: 'IndexedDB is unavailable',
            counts: { profiles: 0, sends: 0 },
          },
        }
      : HISTORY,
});

render(
  <App
    api={api}
    initialTab={(q.get('tab') as PopupTab | null) ?? 'guidance'}
    theme={theme === 'dim' || theme === 'dark' || theme === 'light' ? theme : undefined}
    now={() => NOW}
  />,
  document.getElementById('app')!,
);
