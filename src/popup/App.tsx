import { useState } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { WorthyMark } from '../ui/icons';
import { type TabDef, Tabs } from '../ui/Tabs';
import type { WorthyApi } from './api';
import { type Theme, useColorScheme } from './color-scheme';
import { GuidanceView } from './guidance/GuidanceView';
import { HistoryView } from './history/HistoryView';
import { PrivacyView } from './privacy/PrivacyView';
import { SettingsView } from './settings/SettingsView';
import { useSettings } from './use-settings';

export type PopupTab = 'guidance' | 'settings' | 'history' | 'privacy';

const TABS: readonly TabDef<PopupTab>[] = [
  { id: 'guidance', label: 'popup_tab_guidance' },
  { id: 'settings', label: 'popup_tab_settings' },
  { id: 'history', label: 'popup_tab_history' },
  { id: 'privacy', label: 'popup_tab_privacy' },
];

interface Props {
  api: WorthyApi;
  initialTab?: PopupTab;
  /** Forces a theme; by default the popup follows prefers-color-scheme. */
  theme?: Theme;
  now?: () => number;
}

export function App({ api, initialTab = 'guidance', theme, now = Date.now }: Props) {
  const [tab, setTab] = useState<PopupTab>(initialTab);
  const settings = useSettings(api);
  const scheme = useColorScheme();
  return (
    <div class="w-root p-app" data-theme={theme ?? scheme}>
      <header class="p-header">
        <WorthyMark size={24} />
        <h1 class="p-title">Worthy</h1>
        <span class="p-tagline">{msg('popup_tagline')}</span>
      </header>
      <Tabs<PopupTab>
        label="Worthy"
        tabs={TABS.map((t) => ({ ...t, label: msg(t.label) }))}
        selected={tab}
        onSelect={setTab}
        idPrefix="popup"
      >
        {tab === 'guidance' && (
          <GuidanceView api={api} settings={settings} now={now} onNavigate={setTab} />
        )}
        {tab === 'settings' && <SettingsView handle={settings} now={now} />}
        {tab === 'history' && <HistoryView api={api} now={now} />}
        {tab === 'privacy' && <PrivacyView api={api} settings={settings} />}
      </Tabs>
    </div>
  );
}
