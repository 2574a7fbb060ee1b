import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../shared/messages';
import { type ActiveTab, isXUrl, type WorthyApi } from '../api';
import type { SettingsHandle } from '../use-settings';
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

  if (load.phase === 'loading') return <p class="p-muted">Loading…</p>;
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
        <Notice title="Worthy's background isn't answering" tone="warn">
          <p>
            The guidance could not be loaded ({error}). Reload the x.com tab; if that does not help,
            restart the browser.
          </p>
        </Notice>
      )}
      {!error && standsAside(state) && <StandsAside />}
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
      <Notice title="Learning about this profile">
        <p>
          Worthy notes what this person writes about (bio and the posts you scroll past) so it can
          tell whether your DM fits them. Open a DM with them next.
        </p>
      </Notice>
    );
  }
  return (
    <Notice title="No draft yet">
      <p>
        Open a DM on x.com and start typing: the verdict, and what helps or hurts it, appear here as
        you write.
      </p>
      <p class="p-muted">Tip: view their profile first so Worthy knows what they care about.</p>
    </Notice>
  );
}
