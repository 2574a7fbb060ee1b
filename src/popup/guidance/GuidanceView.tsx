import { useEffect, useState } from 'preact/hooks';
import { msg } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';
import { type ActiveTab, isXUrl, type WorthyApi } from '../api';
import type { SettingsHandle } from '../use-settings';
import { CopyDiagnostics } from './CopyDiagnostics';
import { Intro, MemoryOff, Notice, StandsAside } from './notices';
import { Paused } from './Paused';
import { VerdictPanel } from './VerdictPanel';

interface Props {
  api: WorthyApi;
  settings: SettingsHandle;
  now?: () => number;
  /** Switches the popup to another tab (e.g. Settings for muted conversations). */
  onNavigate(tab: 'settings'): void;
}

type Load =
  | { phase: 'loading' }
  | { phase: 'elsewhere' }
  | { phase: 'x'; tab: ActiveTab; state: TabState | null; error: string | null };

/** Whether the page is a DM route where the adapter found no composer. */
function standsAside(state: TabState | null): boolean {
  const d = state?.diagnosis;
  return !!d && (d.route === 'chat' || d.route === 'legacy-dm') && !d.composer;
}

/** The guidance for the tab in front of the user, kept live while the popup is open. */
export function GuidanceView({ api, settings, now = Date.now, onNavigate }: Props) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });

  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    const fetchState = async (tab: ActiveTab) => {
      const r = await api.getTabState(tab.id);
      if (!live) return;
      setLoad({ phase: 'x', tab, state: r.ok ? r.data : null, error: r.ok ? null : r.error });
    };
    api.activeTab().then((tab) => {
      if (!live) return;
      if (!tab || !isXUrl(tab.url)) {
        setLoad({ phase: 'elsewhere' });
        return;
      }
      fetchState(tab);
      unsubscribe = api.subscribe(tab.id, () => fetchState(tab));
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);

  if (load.phase === 'loading') return <p class="p-muted">{msg('popup_loading')}</p>;
  if (load.phase === 'elsewhere') return <Intro />;

  const s = settings.settings;
  const pausedEverywhere = !!s && s.pausedUntil > now();
  if (pausedEverywhere || load.state?.paused) {
    return (
      <Paused settings={settings} everywhere={pausedEverywhere} now={now} onNavigate={onNavigate} />
    );
  }

  const { state, error } = load;
  return (
    <div class="p-guidance">
      {state && !state.memory && <MemoryOff />}
      {error && (
        <Notice title={msg('popup_background_error_title')} tone="warn">
          <p>{msg('popup_background_error_text', [error])}</p>
        </Notice>
      )}
      {!error && standsAside(state) && (
        <StandsAside>
          <CopyDiagnostics api={api} tabId={load.tab.id} />
        </StandsAside>
      )}
      {!error && !standsAside(state) && state?.verdict && (
        <VerdictPanel state={state} verdict={state.verdict} />
      )}
      {!error && !standsAside(state) && !state?.verdict && <NoDraft state={state} />}
    </div>
  );
}

function NoDraft({ state }: { state: TabState | null }) {
  if (state?.diagnosis?.route === 'profile') {
    return (
      <Notice title={msg('popup_learning_title')}>
        <p>{msg('popup_learning_text')}</p>
      </Notice>
    );
  }
  return (
    <Notice title={msg('popup_no_draft_title')}>
      <p>{msg('popup_no_draft_text')}</p>
      <p class="p-muted">{msg('popup_no_draft_tip')}</p>
    </Notice>
  );
}
